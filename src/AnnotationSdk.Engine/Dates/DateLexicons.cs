using System.Globalization;
using AnnotationSdk.Engine.Lexicons;

namespace AnnotationSdk.Engine.Dates;

/// <summary>The word lists behind the date rules, loaded once from Lexicons/dates/*.txt.</summary>
internal sealed class DateLexicons
{
    private DateLexicons()
    {
        Months = WordMap("dates/months.txt", Parse);
        Weekdays = WordMap("dates/weekdays.txt", Parse);
        Seasons = WordMap("dates/seasons.txt", tag => tag);
        DecadeWords = WordMap("dates/decades.txt", Parse);
        Units = WordMap("dates/units.txt", TimeUnits.Parse);
        Ordinals = WordMap("dates/ordinals.txt", Parse);
        DayParts = WordMap("dates/dayparts.txt", tag => tag);
        Cues = WordMap("dates/cues.txt", ParseTense);
        ReportCues = WordMap("dates/report-cues.txt", tag => tag);
        RelativeWords = WordMap("dates/relative-words.txt", Parse);
        AnchoredWords = WordMap("dates/anchored-words.txt", AnchoredWord.Parse);
        Numbers = Phrases("dates/numbers.txt", ParseAmount);
        NumberWords = WordMap("dates/numbers.txt", ParseAmount);
        DeicticDays = WordMap("dates/deictic-days.txt", tag => tag);
        Sets = WordMap("dates/sets.txt", tag => tag);
        TimeZones = WordMap("dates/timezones.txt", tag => tag);
        ClockWords = WordMap("dates/clock-words.txt", tag => tag);
        FramePrepositions = WordMap("dates/frame-prepositions.txt", tag => tag);
        AnaphoricWords = Phrases("dates/anaphoric-words.txt", Parse);
        References = Phrases("dates/references.txt", tag => tag);
        Modifiers = Phrases("dates/modifiers.txt", tag => tag);
        ModifierWords = new WordMap<string>(Lexicon.Load("dates/modifiers.txt").Where(e => !e.Phrase.Contains(' ', StringComparison.Ordinal)).Select(e => (e.Phrase, e.Tag)));
        Holidays = Phrases("dates/holidays.txt", Holiday.Parse);
        Triggers = new DateTriggerTable(this);
    }

    public static DateLexicons Default { get; } = new();

    public WordMap<int> Months { get; }

    /// <summary>ISO weekday numbers, Monday = 1.</summary>
    public WordMap<int> Weekdays { get; }

    public WordMap<string> Seasons { get; }

    /// <summary>"nineties" → 9, the decade's digit within its century.</summary>
    public WordMap<int> DecadeWords { get; }

    public WordMap<TimeUnit> Units { get; }

    public WordMap<int> Ordinals { get; }

    public WordMap<string> DayParts { get; }

    public WordMap<Tense> Cues { get; }

    /// <summary>Past reporting verbs ("said"), cues only right next to a date.</summary>
    public WordMap<string> ReportCues { get; }

    /// <summary>"last" → -1, "this" → 0, "next" → 1.</summary>
    public WordMap<int> RelativeWords { get; }

    public WordMap<AnchoredWord> AnchoredWords { get; }

    /// <summary>Number words and vague quantities (-1).</summary>
    public PhraseMatcher<int> Numbers { get; }

    /// <summary>The single-word entries of the number list, for parts of hyphenated words ("two-year").</summary>
    public WordMap<int> NumberWords { get; }

    /// <summary>"yesterday" → "-1", "tonight" → "0 NI".</summary>
    public WordMap<string> DeicticDays { get; }

    /// <summary>Frequency adverbs: "daily" → "P1D".</summary>
    public WordMap<string> Sets { get; }

    public WordMap<string> TimeZones { get; }

    /// <summary>"noon" → "12", "p.m." → "pm".</summary>
    public WordMap<string> ClockWords { get; }

    public WordMap<string> FramePrepositions { get; }

    /// <summary>"that same" → 0, "the following" → 1.</summary>
    public PhraseMatcher<int> AnaphoricWords { get; }

    public PhraseMatcher<string> References { get; }

    public PhraseMatcher<string> Modifiers { get; }

    public PhraseMatcher<Holiday> Holidays { get; }

    /// <summary>The one-word modifiers, for prefixes of hyphenated words ("mid" in "mid-April").</summary>
    public WordMap<string> ModifierWords { get; }

    /// <summary>What each word can start, built from the lists above (see <see cref="DateTrigger"/>).</summary>
    public DateTriggerTable Triggers { get; }

    private static WordMap<T> WordMap<T>(string path, Func<string, T> parse) =>
        new(Lexicon.Load(path).Select(entry => (entry.Phrase, parse(entry.Tag))));

    private static PhraseMatcher<T> Phrases<T>(string path, Func<string, T> parse) =>
        new(Lexicon.Load(path).Select(entry => (entry.Phrase, parse(entry.Tag))));

    private static Tense ParseTense(string tag) => tag switch
    {
        "future" => Tense.Future,
        "present" => Tense.Present,
        "plan" => Tense.Plan,
        _ => Tense.Past,
    };

    private static int Parse(string tag) => int.Parse(tag, CultureInfo.InvariantCulture);

    private static int ParseAmount(string tag) => tag == "X" ? -1 : Parse(tag);
}
