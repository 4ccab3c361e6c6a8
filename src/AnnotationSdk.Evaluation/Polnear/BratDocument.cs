using System.Globalization;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.Polnear;

/// <summary>A brat text-bound annotation ("T12 Cue 10 14"): its type and fragments, in UTF-16 offsets.</summary>
internal sealed record BratSpan(string Id, string Type, IReadOnlyList<TextSpan> Fragments)
{
    public TextSpan Cover => new(Fragments[0].Start, Fragments[^1].End);

    public bool Overlaps(TextSpan span) => Fragments.Any(f => f.Overlaps(span));
}

/// <summary>A brat event ("E3 Attribution:T12 Cue:T11 Source:T10 Content:T9"): role name to text-bound id.</summary>
internal sealed record BratEvent(string Id, IReadOnlyDictionary<string, string> Roles);

/// <summary>
/// One brat standoff file read against its text. Only T (text-bound) and E (event) lines are read; the lines a
/// multi-line span's text spills onto, notes and comments are skipped. Offsets are code points in the file and
/// UTF-16 code units here.
/// </summary>
internal sealed class BratDocument
{
    private BratDocument(Dictionary<string, BratSpan> spans, List<BratEvent> events)
    {
        Spans = spans;
        Events = events;
    }

    public IReadOnlyDictionary<string, BratSpan> Spans { get; }

    public IReadOnlyList<BratEvent> Events { get; }

    public IEnumerable<BratSpan> OfType(string type) => Spans.Values.Where(s => s.Type == type).OrderBy(s => s.Cover.Start);

    public static BratDocument Parse(string text, TextReader annotations)
    {
        var offsets = new CodePointOffsets(text);
        var spans = new Dictionary<string, BratSpan>(StringComparer.Ordinal);
        var events = new List<BratEvent>();
        while (annotations.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2)
            {
                continue;
            }

            if (fields[0][0] == 'T' && TryParseSpan(fields[0], fields[1], offsets, out var span))
            {
                spans[span.Id] = span;
            }
            else if (fields[0][0] == 'E')
            {
                events.Add(ParseEvent(fields[0], fields[1]));
            }
        }

        return new BratDocument(spans, events);
    }

    private static bool TryParseSpan(string id, string body, CodePointOffsets offsets, out BratSpan span)
    {
        span = null!;
        var space = body.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return false;
        }

        var fragments = new List<TextSpan>();
        foreach (var fragment in body[(space + 1)..].Split(';'))
        {
            var ends = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ends.Length != 2
                || !int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(ends[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                return false;
            }

            fragments.Add(new TextSpan(offsets.ToUtf16(start), offsets.ToUtf16(end)));
        }

        span = new BratSpan(id, body[..space], fragments);
        return true;
    }

    private static BratEvent ParseEvent(string id, string body)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in body.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                roles.TryAdd(pair[..colon], pair[(colon + 1)..]);
            }
        }

        return new BratEvent(id, roles);
    }
}
