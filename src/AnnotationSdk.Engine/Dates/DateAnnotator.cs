using AnnotationSdk.Engine.Dates.Recognizers;
using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// Finds temporal expressions and normalizes them to TIMEX3 (type, value, mod), in one left-to-right pass:
/// at each token every recognizer looks a few tokens ahead, the longest match wins, and the pass resumes after
/// it. Relative dates resolve against the publication date; anaphoric ones against the date last talked about,
/// which the pass keeps as it goes (see <see cref="DateScanner"/>). Spans follow TimeML: determiners and
/// modifiers in, prepositions ("in", "since", "until") out.
/// </summary>
public sealed class DateAnnotator : IAnnotator
{
    internal delegate bool Recognizer(DateScanner scanner, int index, out TemporalMatch match);

    /// <summary>A recognizer and the tokens it can start at: it runs only where a token carries one of
    /// <paramref name="StartsAt"/> (see <see cref="DateTrigger"/>).</summary>
    internal readonly record struct Entry(Recognizer Match, DateTrigger StartsAt);

    /// <summary>In order of preference when two match the same tokens.</summary>
    internal static readonly Entry[] Recognizers =
    [
        new(MonthDateRecognizer.TryMatch, DateTrigger.Number | DateTrigger.Month),
        new(NumericDateRecognizer.TryMatch, DateTrigger.Number | DateTrigger.Fiscal | DateTrigger.The | DateTrigger.NumberWord),
        new(QuarterRecognizer.TryMatch, DateTrigger.Number | DateTrigger.The | DateTrigger.Fiscal | DateTrigger.Relative | DateTrigger.PastNextLast | DateTrigger.Hyphenated | DateTrigger.QuarterCode | DateTrigger.Ordinal),
        new(SeasonRecognizer.TryMatch, DateTrigger.Season),
        new(DeicticRecognizer.TryMatch, DateTrigger.DeicticDay | DateTrigger.The | DateTrigger.EarlierLater | DateTrigger.Relative),
        new(WeekdayRecognizer.TryMatch, DateTrigger.Weekday),
        new(HolidayRecognizer.TryMatch, DateTrigger.Relative | DateTrigger.Holiday),
        new(OffsetRecognizer.TryMatch, DateTrigger.Number | DateTrigger.Amount | DateTrigger.Hyphenated),
        new(AnaphoricRecognizer.TryMatch, DateTrigger.Anaphoric),
        new(SetRecognizer.TryMatch, DateTrigger.Set | DateTrigger.Weekday | DateTrigger.Rate | DateTrigger.EveryEach),
        new(DurationRecognizer.TryMatch, DateTrigger.Number | DateTrigger.Amount | DateTrigger.Hyphenated | DateTrigger.The | DateTrigger.PastNextLast | DateTrigger.Recent | DateTrigger.Unit | DateTrigger.Relative),
        new(HalfDurationRecognizer.TryMatch, DateTrigger.Number | DateTrigger.Amount | DateTrigger.Hyphenated | DateTrigger.Half),
        new(TimeRecognizer.TryMatch, DateTrigger.Number | DateTrigger.ClockWord),
        new(PrefixedWordRecognizer.TryMatch, DateTrigger.Hyphenated),
        new(ReferenceRecognizer.TryMatch, DateTrigger.Reference),
        new(TheYearRecognizer.TryMatch, DateTrigger.The | DateTrigger.Unit | DateTrigger.Hyphenated),
        new(DecadeWordRecognizer.TryMatch, DateTrigger.DecadeWord),
        new(NthDayRecognizer.TryMatch, DateTrigger.Ordinal),
    ];

    private readonly bool _dispatchByToken;

    public DateAnnotator()
        : this(dispatchByToken: true)
    {
    }

    /// <summary>Without dispatch by token every recognizer runs at every token: the same output, slower (for tests).</summary>
    internal DateAnnotator(bool dispatchByToken) => _dispatchByToken = dispatchByToken;

    public string Name => "dates";

    /// <summary>Hedges read the dates too: a hedge's word inside a date is the date's ("May 9", "nearly two years").</summary>
    public AnnotationKinds NeededFor => AnnotationKinds.Date | AnnotationKinds.Hedge;

    public void Prepare() => _ = DateLexicons.Default;

    public void Annotate(AnnotationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var scanner = new DateScanner(context, DateLexicons.Default);
        if (_dispatchByToken)
        {
            scanner.DispatchByToken();
        }

        // Most tokens start nothing: the pass goes from one token with a flag to the next.
        var i = scanner.NextTriggered(0);
        while (i < scanner.Count)
        {
            context.ThrowIfCancellationRequested();
            if (scanner.Tokens[i].Kind is TokenKind.Word or TokenKind.Number && TryLongest(scanner, i, out var match))
            {
                var found = WithOpenEnd(scanner, WithDayPart(scanner, match));
                Add(scanner, found);
                i = scanner.NextTriggered(Math.Max(found.End, i + 1));
                continue;
            }

            i = scanner.NextTriggered(i + 1);
        }
    }

    /// <summary>The longest expression starting at <paramref name="i"/>: bare, after "the", or after a modifier ("early", "the end of", "more than").</summary>
    private static bool TryLongest(DateScanner s, int i, out TemporalMatch best)
    {
        var found = TryBare(s, i, out best);
        if (s.Is(i, "the") && TryBare(s, i + 1, out var determined) && determined.TakesDeterminer)
        {
            Keep(ref best, ref found, determined with { First = i });
        }

        if (TryModified(s, i, i, out var modified) || (s.Is(i, "the") && TryModified(s, i, i + 1, out modified)))
        {
            Keep(ref best, ref found, modified);
        }

        return found;
    }

    /// <summary>A modifier at <paramref name="at"/> and the expression it modifies; "the late 1970s" (a determiner
    /// at <paramref name="first"/> before the modifier) only when the expression takes one.</summary>
    private static bool TryModified(DateScanner s, int first, int at, out TemporalMatch match)
    {
        match = default;
        if ((s.TriggersAt(at) & DateTrigger.Modifier) == 0 || !s.Lexicons.Modifiers.TryMatch(s.Context.Text, s.Tokens, at, Math.Min(s.Count, at + 4), out var modifier))
        {
            return false;
        }

        var next = modifier.End;
        if (!TryBare(s, next, out var modified) && !(s.Is(next, "the") && TryBare(s, next + 1, out modified) && modified.TakesDeterminer)
            && !TryCurrentPeriod(s, next, out modified) && !DayPartRecognizer.TryAfterModifier(s, next, out modified))
        {
            return false;
        }

        if (!Accepts(modifier.Value, modified) || (first < at && !modified.TakesDeterminer))
        {
            return false;
        }

        match = modified with { First = first, Mod = modifier.Value };
        return true;
    }

    /// <summary>"the year" after "the end of" is the current one: "by the end of the year".</summary>
    private static bool TryCurrentPeriod(DateScanner s, int at, out TemporalMatch match)
    {
        match = default;
        if (!s.Is(at, "the") || !s.TryUnit(at + 1, out var unit) || s.IsPluralUnit(at + 1) || CalendarPoint.GranularityOf(unit) is not { } granularity)
        {
            return false;
        }

        match = TemporalMatch.Date(at, at + 2, CalendarPoint.Of(s.Reference, granularity), "current-period") with { TakesDeterminer = true };
        return true;
    }

    private static bool TryBare(DateScanner s, int i, out TemporalMatch best)
    {
        best = default;
        var found = false;
        var triggers = s.TriggersAt(i);
        if (triggers == DateTrigger.None)
        {
            return false;
        }

        foreach (var recognizer in Recognizers)
        {
            if ((triggers & recognizer.StartsAt) != 0 && recognizer.Match(s, i, out var match) && match.End > match.First)
            {
                Keep(ref best, ref found, match);
            }
        }

        return found;
    }

    /// <summary>Keeps the longer match; on a tie the earlier one (recognizers are listed by preference).</summary>
    private static void Keep(ref TemporalMatch best, ref bool found, TemporalMatch candidate)
    {
        if (!found || candidate.End - candidate.First > best.End - best.First)
        {
            best = candidate;
        }

        found = true;
    }

    /// <summary>"early", "late", "the end of" modify periods; "nearly", "more than" modify amounts of time.</summary>
    private static bool Accepts(string mod, TemporalMatch match) => mod switch
    {
        "START" or "END" or "MID" => match.Point is not null && match.Mod.Length == 0,
        _ => match.Type == TemporalType.Duration || match.Rule.StartsWith("offset", StringComparison.Ordinal),
    };

    /// <summary>"Friday morning", "April 26 evening": a day followed by a part of the day is a TIME.</summary>
    private static TemporalMatch WithDayPart(DateScanner s, TemporalMatch match)
    {
        if (match.Type == TemporalType.Date && match.Point is { Granularity: Granularity.Day } day
            && s.Lexicons.DayParts.TryGet(s.Word(match.End), out var part) && s.SameSentence(match.First, match.End))
        {
            return match with { End = match.End + 1, Type = TemporalType.Time, Value = day.Value + "T" + part };
        }

        return match;
    }

    /// <summary>"1994 or later", "1990 and beyond": an open end belongs to the span and sets the mod.</summary>
    private static TemporalMatch WithOpenEnd(DateScanner s, TemporalMatch match)
    {
        if (match.Point is null || match.Mod.Length > 0 || !(s.Is(match.End, "or") || s.Is(match.End, "and")))
        {
            return match;
        }

        var mod = s.Is(match.End + 1, "later") || s.Is(match.End + 1, "beyond") || s.Is(match.End + 1, "after") ? "ON_OR_AFTER"
            : s.Is(match.End + 1, "earlier") || s.Is(match.End + 1, "before") ? "ON_OR_BEFORE"
            : string.Empty;
        var closes = !s.IsKind(match.End + 2, TokenKind.Word) || !s.SameSentence(match.End, match.End + 2);
        return mod.Length > 0 && closes ? match with { End = match.End + 2, Mod = mod } : match;
    }

    private static void Add(DateScanner s, TemporalMatch match)
    {
        var annotation = new DateAnnotation(s.SpanOf(match.First, match.End), match.Type, match.Value, match.Rule)
        {
            Mod = match.Mod,
            Anchor = match.Anchor,
        };
        s.Context.Dates.Add(annotation);
        if (match.Point is { } point && match.Anchorable && match.Type is TemporalType.Date or TemporalType.Time)
        {
            s.Remember(annotation, point, match.First);
        }
    }
}
