using Waymark.Analytics.Text;

if (args is ["score", var file])
{
    foreach (var line in File.ReadLines(file))
        Console.WriteLine(TextAnalyzer.Default.Sentiment(line).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}
if (args is ["explain", var text])
{
    Waymark.Bench.Feedback.Explain.Print(text);
    return 0;
}
Console.Error.WriteLine("usage: score <file> | explain <text>");
return 2;
