using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.Polnear;

/// <summary>
/// The gold quotes of the metric: runs delimited by double quote marks that lie inside gold Content spans.
/// Runs are found over the whole text (curly marks say which way they face, a straight mark closes an open run
/// or opens one), and a run still open at a line's end goes on only if the next line opens with a mark (the
/// multi-paragraph convention), else it ends there. A run is gold when Content spans cover at least half of it,
/// so a quote the annotators cut into several Content spans is still one quote.
/// </summary>
internal static class GoldQuoteRuns
{
    private const double MinimumCoverage = 0.5;

    public static List<TextSpan> Find(string text, IEnumerable<TextSpan> contents)
    {
        var covered = new bool[text.Length];
        foreach (var content in contents)
        {
            Array.Fill(covered, true, content.Start, Math.Max(0, Math.Min(content.End, text.Length) - content.Start));
        }

        var gold = new List<TextSpan>();
        foreach (var run in Runs(text))
        {
            var inside = 0;
            for (var i = run.Start; i < run.End; i++)
            {
                inside += covered[i] ? 1 : 0;
            }

            if (inside >= MinimumCoverage * run.Length)
            {
                gold.Add(run);
            }
        }

        return gold;
    }

    internal static IEnumerable<TextSpan> Runs(string text)
    {
        var open = -1;
        var lastContent = -1;
        var reopening = false;
        var nested = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                // '' is the ASCII rendering of a double mark in some wires, for both directions.
                c = '"';
                i++;
            }

            if (c == '\n' && open >= 0)
            {
                reopening = NextLineOpensWithMark(text, i);
                if (!reopening)
                {
                    nested = 0;
                    yield return new TextSpan(open, lastContent + 1);
                    open = -1;
                }
            }

            if (IsDoubleMark(c) && reopening)
            {
                // The mark that reopens a quote on its next paragraph neither opens nor closes anything.
                reopening = false;
            }
            else if (IsDoubleMark(c))
            {
                var opening = c is '\u201C' or '\u201E' or '\u00AB' || (open < 0 && (c == '"' || (c == '\u201D' && StartsWord(text, i))));
                if (open < 0 && opening)
                {
                    open = i;
                }
                else if (open >= 0 && opening && c != '"')
                {
                    nested++;
                }
                else if (open >= 0 && nested > 0)
                {
                    nested--;
                }
                else if (open >= 0)
                {
                    yield return new TextSpan(open, i + 1);
                    open = -1;
                    nested = 0;
                }
            }

            if (!char.IsWhiteSpace(c))
            {
                lastContent = i;
            }
        }

        if (open >= 0)
        {
            yield return new TextSpan(open, lastContent + 1);
        }
    }

    /// <summary>A mark with space before and a letter after: it opens, whichever way it faces.</summary>
    private static bool StartsWord(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static bool NextLineOpensWithMark(string text, int newline)
    {
        var i = newline + 1;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] is '\u201C' or '"' or '\u201E' or '\u00AB' or '\u201D';
    }

    private static bool IsDoubleMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';
}
