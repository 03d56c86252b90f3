using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Waymark.Core.Operations;

namespace Waymark.Testing.Collab;

// How a simulated editor takes what the server says: Join answers, Applied records, Send results.
public sealed partial class SimClient
{
    private static readonly OperationAuthor Me = new("sim", "sim");

    private void TakeJoin(JsonElement joined)
    {
        lock (_gate)
        {
            if (joined.TryGetProperty("map", out var map) && map.ValueKind == JsonValueKind.Object)
            {
                _confirmed = JsonNode.Parse(map.GetRawText())!.AsObject();
                _seq = joined.GetProperty("seq").GetInt64();
                _state = new CoEditState(); // who deleted what is the server's to say; our copy only applies applied ops
                DropEarlyLocked();
            }
            else if (_seq < 0)
            {
                Problems.Add("Join without sinceSeq answered without a map");
                return;
            }

            if (joined.TryGetProperty("ops", out var ops) && ops.ValueKind == JsonValueKind.Array)
            {
                foreach (var op in ops.EnumerateArray())
                {
                    QueueLocked(op);
                }
            }

            DrainLocked();
        }
    }

    private void TakeApplied(JsonElement ops)
    {
        if (!_options.Track)
        {
            foreach (var op in ops.EnumerateArray())
            {
                OnApplied?.Invoke(op.GetProperty("id").GetString()!, op.GetProperty("seq").GetInt64());
            }

            return;
        }

        lock (_gate)
        {
            if (_seq < 0)
            {
                return; // not joined yet: the Join answer holds these
            }

            foreach (var op in ops.EnumerateArray())
            {
                QueueLocked(op);
            }

            DrainLocked();
        }
    }

    private void TakeResults(JsonElement answer)
    {
        lock (_gate)
        {
            foreach (var result in answer.GetProperty("results").EnumerateArray())
            {
                var id = result.GetProperty("id").GetString()!;
                switch (result.GetProperty("status").GetString())
                {
                    case "applied" or "duplicate":
                        var seq = result.GetProperty("seq").GetInt64();
                        if (Acknowledged.TryGetValue(id, out var before) && before != seq)
                        {
                            Problems.Add($"op {id} acknowledged at seq {before} and again at {seq}");
                        }

                        Acknowledged[id] = seq;
                        if (!_options.Track)
                        {
                            _pending.RemoveAll(p => p.Id == id); // no Applied record will take it off
                        }

                        break;
                    case "rejected":
                        if (Acknowledged.ContainsKey(id))
                        {
                            Problems.Add($"op {id} acknowledged, then rejected on resend");
                        }

                        Rejected[id] = result.TryGetProperty("reason", out var reason) ? reason.GetString() ?? "" : "";
                        _pending.RemoveAll(p => p.Id == id);
                        break;
                    default:
                        Problems.Add($"op {id}: unknown status {result.GetProperty("status")}");
                        break;
                }
            }
        }
    }

    private void QueueLocked(JsonElement op)
    {
        var seq = op.GetProperty("seq").GetInt64();
        if (seq > _seq)
        {
            _early[seq] = op.Clone();
        }
    }

    private void DropEarlyLocked()
    {
        foreach (var seq in _early.Keys.Where(s => s <= _seq).ToList())
        {
            _early.Remove(seq);
        }
    }

    // Applies queued records in seq order while the next one is here; records across two servers may come out of order.
    private void DrainLocked()
    {
        DropEarlyLocked();
        while (_early.Remove(_seq + 1, out var op))
        {
            ApplyLocked(op);
        }
    }

    private void ApplyLocked(JsonElement op)
    {
        var seq = op.GetProperty("seq").GetInt64();
        var id = op.GetProperty("id").GetString()!;
        var author = new OperationAuthor(op.GetProperty("authorId").GetString()!, op.GetProperty("authorName").GetString()!);
        var edit = OperationJson.ReadEdit(op.GetProperty("edit").GetRawText());
        RememberDeletedLocked(edit, id);
        // The server validated this op when it applied it: the copy replays it in place, as the browser does, and is
        // put in canonical form (validated again) only when the checker compares it with the server's map.
        if (OperationApplier.Replay(_confirmed, new MapOperation(id, seq - 1, edit), author, seq, _state) is { } result)
        {
            Problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"seq {seq} ({edit.GetType().Name}, op {id}) applied on the server could not be applied here: {result.Reason} {result.Message} at {result.Path}"));
        }

        _seq = seq;
        _pending.RemoveAll(p => p.Id == id);
        OnApplied?.Invoke(id, seq);
    }

    // Someone else's delete: this editor may still edit the thing late (the server must reject that) or undo it.
    private void RememberDeletedLocked(MapEdit edit, string id)
    {
        if (_pending.Any(p => p.Id == id))
        {
            return; // its own: remembered when it was made
        }

        var view = new MapView(_confirmed);
        switch (edit)
        {
            case DeleteLaneEdit d when view.Lanes.FirstOrDefault(l => MapView.Id(l) == d.LaneId) is { } lane:
                _generator.Forget("lane", lane);
                break;
            case DeleteStageEdit d when view.Stages.FirstOrDefault(s => MapView.Id(s) == d.StageId) is { } stage:
                _generator.Forget("stage", stage);
                break;
            case DeleteStepEdit d when view.Steps.FirstOrDefault(s => MapView.Id(s.Step) == d.StepId) is var (stageId, step) && step is not null:
                _generator.Forget("step", step, stageId);
                break;
        }
    }

    // The editor's view: confirmed with its pending ops re-applied (those that no longer apply are skipped; each is
    // tried on a copy, since a rejected op may have changed part of what it was applied to).
    private JsonObject ViewLocked()
    {
        var view = _confirmed;
        var scratch = new CoEditState();
        foreach (var op in _pending)
        {
            var next = view.DeepClone().AsObject();
            if (OperationApplier.Replay(next, new MapOperation(op.Id, op.BaseSeq, op.Parsed), Me, _seq + 1, scratch) is null)
            {
                view = next;
            }
        }

        return view;
    }
}
