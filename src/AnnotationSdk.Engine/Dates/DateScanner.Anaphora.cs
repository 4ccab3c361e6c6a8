using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Dates;

/// <summary>The dates mentioned so far, which anaphoric and comparative expressions count from.</summary>
internal sealed partial class DateScanner
{
    /// <summary>How many sentences back a reported period still frames "a year ago".</summary>
    private const int PeriodReach = 2;

    /// <summary>The last date mentioned anywhere.</summary>
    public (DateAnnotation Annotation, CalendarPoint Point, int Sentence)? LastMentioned { get; private set; }

    /// <summary>The last date that opened a sentence ("On April 26, ..."): the narrative time later
    /// sentences go on from, as opposed to background dates inside a sentence.</summary>
    public (DateAnnotation Annotation, CalendarPoint Point)? LastFrame { get; private set; }

    /// <summary>The last business period (quarter, half) mentioned: "a year ago" in results reporting compares with it.</summary>
    public (DateAnnotation Annotation, CalendarPoint Point, int Sentence)? LastPeriod { get; private set; }

    /// <summary>The quarter or half talked about in this sentence or the last <see cref="PeriodReach"/> ones.</summary>
    public (DateAnnotation Annotation, CalendarPoint Point)? RecentPeriod(int tokenIndex) =>
        LastPeriod is { } period && (uint)tokenIndex < (uint)Count && Tokens[tokenIndex].Sentence - period.Sentence <= PeriodReach
            ? (period.Annotation, period.Point)
            : null;

    /// <summary>The date anaphora counts from: the last date in the same sentence, else the narrative frame,
    /// else the last date mentioned.</summary>
    public (DateAnnotation Annotation, CalendarPoint Point)? AnchorFor(int tokenIndex)
    {
        if (LastMentioned is { } last && (uint)tokenIndex < (uint)Count && last.Sentence == Tokens[tokenIndex].Sentence)
        {
            return (last.Annotation, last.Point);
        }

        return LastFrame ?? (LastMentioned is { } any ? (any.Annotation, any.Point) : null);
    }

    /// <summary>The day a clock time or a part of the day falls on: the day last mentioned in the same sentence
    /// (with that mention as its anchor), else the publication date (no anchor).</summary>
    public (CalendarPoint Day, DateAnnotation? Anchor) DayFor(int tokenIndex) =>
        LastMentioned is { Point.Granularity: Granularity.Day } last && (uint)tokenIndex < (uint)Count && last.Sentence == Tokens[tokenIndex].Sentence
            ? (last.Point, last.Annotation)
            : (CalendarPoint.Of(Reference, Granularity.Day), null);

    /// <summary>Records a resolved date so later anaphora can count from it.</summary>
    public void Remember(DateAnnotation annotation, CalendarPoint point, int first)
    {
        LastMentioned = (annotation, point, Tokens[first].Sentence);
        if (point.Granularity is Granularity.Quarter or Granularity.Half)
        {
            LastPeriod = (annotation, point, Tokens[first].Sentence);
        }

        if (OpensSentence(first))
        {
            LastFrame = (annotation, point);
        }
    }

    private bool OpensSentence(int first)
    {
        if (StartsSentence(first))
        {
            return true;
        }

        var previous = first - 1;
        return Lexicons.FramePrepositions.Contains(Word(previous)) && StartsSentence(previous);
    }
}
