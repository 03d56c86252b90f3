using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Search;
using Waymark.Analytics.Text;
using Waymark.Data.FeedbackStores;

namespace Waymark.Bench.Explorer;

/// <summary>
/// The peer: SQLite FTS5 (unicode61 tokenizer, accents removed) over the same texts in an in-memory database, with
/// the item columns the filters need (source, score band, sentiment band from the same analyser, time) in a table
/// joined by rowid. A search is the count and the newest 50, as the explorer answers (without its facets).
/// </summary>
internal sealed class Fts5Peer : IDisposable
{
    private readonly SqliteConnection _db = new("Data Source=:memory:");

    public double LoadSeconds { get; private set; }

    public void Load(IReadOnlyList<NewFeedback> items)
    {
        var watch = Stopwatch.StartNew();
        _db.Open();
        Exec("CREATE TABLE meta (rowid INTEGER PRIMARY KEY, id TEXT, ticks INTEGER, source TEXT, band TEXT, sentiment TEXT)");
        Exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')");
        Exec("CREATE INDEX meta_ticks ON meta (ticks)");
        using var tx = _db.BeginTransaction();
        using var meta = Command("INSERT INTO meta VALUES ($r, $id, $ticks, $source, $band, $sentiment)", "$r", "$id", "$ticks", "$source", "$band", "$sentiment");
        using var text = Command("INSERT INTO t (rowid, text) VALUES ($r, $text)", "$r", "$text");
        meta.Transaction = tx;
        text.Transaction = tx;
        var names = new[] { "none", "low", "middle", "high" };
        var moods = new[] { "none", "negative", "neutral", "positive" };
        for (var r = 0; r < items.Count; r++)
        {
            var f = items[r];
            var item = new FeedbackItem(f.FeedbackId!, f.CustomerId, f.UtcTicks, null, null, FeedbackNames.ScoreTypeOf(f.ScoreType) ?? ScoreType.None,
                f.Score, f.Text, FeedbackNames.SourceOf(f.Source) ?? FeedbackSource.Other, f.Solicited, f.Language, null);
            Run(meta, r + 1, f.FeedbackId, f.UtcTicks, f.Source, names[(int)Bands.ScoreOf(item)],
                moods[(int)Bands.SentimentOf(item, TextAnalyzer.Default.Analyze(f.Text))]);
            if (f.Text is not null)
                Run(text, r + 1, f.Text);
        }

        tx.Commit();
        LoadSeconds = watch.Elapsed.TotalSeconds;
    }

    /// <summary>The count of matching items and the ids of the newest 50.</summary>
    public (int Total, List<string> Page) Search(BenchQuery query, long from, long to)
    {
        var join = query.Match is null ? "meta m" : "t JOIN meta m ON m.rowid = t.rowid";
        var where = (query.Match is null ? "" : "t MATCH $match AND ") + query.Where;
        using var count = _db.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM {join} WHERE {where}";
        Bind(count, query, from, to);
        var total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        using var page = _db.CreateCommand();
        page.CommandText = $"SELECT m.id FROM {join} WHERE {where} ORDER BY m.ticks DESC, m.rowid DESC LIMIT 50";
        Bind(page, query, from, to);
        var ids = new List<string>();
        using var reader = page.ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetString(0));
        return (total, ids);
    }

    public void Dispose() => _db.Dispose();

    private static void Bind(SqliteCommand command, BenchQuery query, long from, long to)
    {
        if (query.Match is not null)
            command.Parameters.AddWithValue("$match", query.Match);
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
    }

    private void Exec(string sql)
    {
        using var c = _db.CreateCommand();
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] names)
    {
        var c = _db.CreateCommand();
        c.CommandText = sql;
        foreach (var n in names)
            c.Parameters.Add(new SqliteParameter { ParameterName = n });
        return c;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
