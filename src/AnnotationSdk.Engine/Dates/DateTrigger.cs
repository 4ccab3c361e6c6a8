namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// What a token can start, as the date rules see it: each flag is a test on the token alone (its kind, its
/// word, a lexicon it is in, or it opening a phrase of a phrase lexicon). A recognizer lists the flags of every
/// token its pattern may start at (see <see cref="DateAnnotator"/>), and runs only at tokens that carry one of
/// them. A rule that learns to start at another kind of token must add it to its list; the dispatch tests
/// check every recognizer against its list.
/// </summary>
[Flags]
internal enum DateTrigger : uint
{
    None = 0,

    /// <summary>A <see cref="Text.TokenKind.Number"/> token: "28", "2025", "1990s", "’90s", "4th", "10:30".</summary>
    Number = 1u << 0,

    /// <summary>A token with a hyphen that opens with a number or a word the rules read there: "two-year", "mid-April",
    /// "third-quarter", "year-earlier", "twenty-four", "five-year-old" (not "well-known").</summary>
    Hyphenated = 1u << 1,

    /// <summary>"Q1" to "Q4", in any case (the rule reads capitals).</summary>
    QuarterCode = 1u << 2,

    Month = 1u << 3,
    Weekday = 1u << 4,
    Season = 1u << 5,
    DecadeWord = 1u << 6,
    Unit = 1u << 7,
    Ordinal = 1u << 8,

    /// <summary>"last", "this", "next" (<see cref="DateLexicons.RelativeWords"/>).</summary>
    Relative = 1u << 9,

    /// <summary>A single number word (<see cref="DateLexicons.NumberWords"/>).</summary>
    NumberWord = 1u << 10,

    /// <summary>The first token of an amount (<see cref="DateLexicons.Numbers"/>): "a", "two", "a few".</summary>
    Amount = 1u << 11,

    DeicticDay = 1u << 12,
    Set = 1u << 13,
    ClockWord = 1u << 14,

    /// <summary>The first token of a holiday name.</summary>
    Holiday = 1u << 15,

    /// <summary>The first token of an anaphoric phrase ("that", "the following").</summary>
    Anaphoric = 1u << 16,

    /// <summary>The first token of a vague reference ("now", "the past").</summary>
    Reference = 1u << 17,

    /// <summary>The first token of a modifier ("early", "the end of", "more than").</summary>
    Modifier = 1u << 18,

    The = 1u << 19,
    Fiscal = 1u << 20,

    /// <summary>"earlier", "later".</summary>
    EarlierLater = 1u << 21,

    /// <summary>"past", "next", "last", "latter".</summary>
    PastNextLast = 1u << 22,

    /// <summary>"a", "an", "per".</summary>
    Rate = 1u << 23,

    /// <summary>"every", "each".</summary>
    EveryEach = 1u << 24,

    Half = 1u << 25,
    Recent = 1u << 26,

    All = uint.MaxValue,
}
