using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.Polnear;

/// <summary>
/// The gold quotes of the metric: runs delimited by quote marks that lie inside gold Content spans (double marks,
/// and single marks where they cannot be apostrophes, see <see cref="SingleRuns"/>).
/// Runs are found over the whole text (curly marks say which way they face, a straight mark closes an open run
/// or opens one), and a run still open at a line's end goes on only if the next line opens with a mark (the
/// multi-paragraph convention), else it ends there. A run is gold when Content spans cover at least half of it,
/// so a quote the annotators cut into several Content spans is still one quote.
/// </summary>
internal static class GoldQuoteRuns
{
    private const double MinimumCoverage = 0.5;

    public static List<TextSpan> Find(string text, IEnumerable<TextSpan> contents, bool singleMarks)
    {
        var covered = new bool[text.Length];
        foreach (var content in contents)
        {
            Array.Fill(covered, true, content.Start, Math.Max(0, Math.Min(content.End, text.Length) - content.Start));
        }

        var doubleRuns = Runs(text).ToList();
        var runs = singleMarks ? doubleRuns.Concat(SingleRuns(text, doubleRuns)).OrderBy(r => r.Start).ToList() : doubleRuns;
        var gold = new List<TextSpan>();
        foreach (var run in runs)
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

    /// <summary>
    /// Runs delimited by single marks (‘…’ or '…'), kept conservative: the opening mark sits at a word start
    /// (text start, space or opening punctuation before it, a letter or digit after it), the closing mark at a
    /// word end (not space before it; end, space or punctuation after it), both on one line, outside any
    /// double-quoted run. Apostrophes are not marks: inside a word (they’ll, Russia’s) a mark neither opens nor
    /// closes; an opening that is an elision ('90s, 'em, rock 'n' roll) opens nothing; a closing mark after an
    /// s or an in with a word after it may be a plural possessive (the players’ union) or a dropped g (Lyin’ Ted),
    /// so the run is dropped, as is a run that meets a second opening mark before it closes.
    /// </summary>
    internal static IEnumerable<TextSpan> SingleRuns(string text, IReadOnlyList<TextSpan> doubleRuns)
    {
        var open = -1;
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                open = -1;
                continue;
            }

            if (!IsSingleMark(c))
            {
                continue;
            }

            if (c == '\'' && ((i + 1 < text.Length && text[i + 1] == '\'') || (i > 0 && text[i - 1] == '\'')))
            {
                // '' renders a double mark.
                continue;
            }

            while (run < doubleRuns.Count && doubleRuns[run].End <= i)
            {
                run++;
            }

            if (run < doubleRuns.Count && doubleRuns[run].Start <= i)
            {
                // Inside a double-quoted run: a nested quote or an apostrophe, not a gold run of its own.
                open = -1;
                continue;
            }

            if (c is '\u2018' or '\'' && OpensSingle(text, i))
            {
                if (!IsElision(text, i + 1))
                {
                    // A second opening before the first closes: the pairing is in doubt.
                    open = open < 0 ? i : -1;
                }
            }
            else if (c is '\u2019' or '\'' && open >= 0 && ClosesSingle(text, i))
            {
                if (!MayBeApostrophe(text, i) && i - open > 2)
                {
                    yield return new TextSpan(open, i + 1);
                }

                open = -1;
            }
        }
    }

    private static bool IsSingleMark(char c) => c is '\'' or '\u2018' or '\u2019';

    private static bool OpensSingle(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '{' or '\u2014' or '\u2013')
        && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    private static bool ClosesSingle(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && !IsSingleMark(text[i - 1])
        && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2014' or '\u2013' or '-' or '\u2026' or '"' or '\u201D');

    /// <summary>
    /// s’ with a word after it: a plural possessive as likely as a closing mark; in’ with a word after it: a
    /// dropped g (Lyin’ Ted) as likely as a closing mark.
    /// </summary>
    private static bool MayBeApostrophe(string text, int i)
    {
        var possessive = text[i - 1] is 's' or 'S';
        var droppedG = i >= 2 && text[i - 1] is 'n' or 'N' && text[i - 2] is 'i' or 'I';
        if (!possessive && !droppedG)
        {
            return false;
        }

        var j = i + 1;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        return j > i + 1 && j < text.Length && char.IsLetterOrDigit(text[j]);
    }

    /// <summary>'90s, '08, 'em, 'til, 'n', 's: a mark that stands for missing letters or digits.</summary>
    private static bool IsElision(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        if (word.Length <= 1)
        {
            // 's, 'n', 'd, 'm, 't; 'a and 'I open words.
            return word.IsEmpty || char.ToLowerInvariant(word[0]) is 's' or 'n' or 'd' or 'm' or 't';
        }

        if (char.IsDigit(word[0]))
        {
            return word.Length == 2 || (word.Length == 3 && word[2] is 's' or 'S');
        }

        foreach (var elided in Elisions)
        {
            if (word.Equals(elided, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Elisions = ["em", "til", "tis", "twas", "cause", "bout", "round", "nuff", "cept", "ve", "re", "ll"];

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
