namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Customer-effort cues, written here: repeated contacts, waiting, being passed around, hard-to-use forms and steps.
/// Strong cues (0.6 and up) alone make a text high effort; weaker ones add up. Ease cues ("easy", "first call")
/// subtract. A negated cue counts the other way ("not easy" is effort, "wasn't confusing" is ease).
/// </summary>
internal static class EffortCues
{
    public static IEnumerable<(string Phrase, Cue Cue)> All()
    {
        foreach (var (effort, phrases) in Groups)
        {
            foreach (var phrase in phrases.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                yield return (phrase, Cue.OfEffort(effort));
        }
    }

    private static readonly (float Effort, string Phrases)[] Groups =
    [
        (0.8f, "had to call, had to phone, had to ring, had to contact, had to email, had to chase, had to explain, had to repeat, had to ask, had to go back, had to start over, had to re-enter, had to reenter, had to fill, had to send, had to visit, had to wait, "
            + "called # times, phoned # times, emailed # times, contacted # times, asked # times, tried # times, # phone calls, # calls, # emails, # times, # attempts, # visits, # agents, # different people, # different agents, "
            + "on hold, put on hold, hold for, took forever, takes forever, taking forever, took ages, takes ages, still waiting, kept waiting, been waiting, "
            + "kept asking, keep asking, kept transferring, kept transferred, transferred, passed around, bounced around, back and forth, the runaround, run around, over and over, again and again, "
            + "repeat myself, repeating myself, same information, same info, same question, same questions, same details, same story, "
            + "for hours, for an hour, for days, for weeks, for ages, weeks later, days later, "
            + "no one could help, nobody could help, no one knew, nobody knew, jump through hoops, hoops, chasing, chase them, follow up again, followed up, keep calling, kept calling, "
            + "multiple times, several times, numerous times, countless times, many times, every time, once again, yet again, "
            + "impossible to, so hard to, hard to find, hard to use, hard to follow, hard to navigate, hard to understand, hard to reach, hard to get, hard to cancel, "
            + "couldn't find, could not find, can't find, cannot find, couldn't figure, can't figure, had to figure, gave up, give up"),
        (0.4f, "confusing, confused, complicated, convoluted, difficult, difficulty, struggled, struggle, struggling, tedious, cumbersome, clunky, time-consuming, time consuming, "
            + "lengthy, endless, long wait, long queue, long line, waited, waiting, wait time, queue, hassle, frustrating, unclear, unintuitive, tricky, awkward, "
            + "figure out, effort, hours, slow, slowly, delay, delayed, delays, twice, re-enter, reenter, retype, resubmit, complex, painful, nightmare, hard to"),
        (-0.4f, "easy, easier, easily, effortless, effortlessly, seamless, seamlessly, simple, simply, straightforward, painless, intuitive, smooth, smoothly, quick, quickly, fast, "
            + "in minutes, a breeze, no hassle, hassle-free, first call, first try, one call, right away, straight away, instantly, promptly, self-explanatory"),
    ];
}
