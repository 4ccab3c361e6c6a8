using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.Polnear;

/// <summary>
/// The gold quotes of the metric: runs delimited by double quote marks inside a gold Content span. A mark just
/// outside the span (glued to it) counts, since annotators differ on whether the marks belong to the content.
/// A run left open at the end of the span ends there; a closing mark with no opening one starts the run at the
/// span's start (the content began inside the quote). Marks nested inside a run belong to it.
/// </summary>
internal static class GoldQuoteRuns
{
    public static IEnumerable<TextSpan> Find(string text, TextSpan content)
    {
        var start = content.Start > 0 && IsDoubleMark(text[content.Start - 1]) ? content.Start - 1 : content.Start;
        var end = content.End < text.Length && IsDoubleMark(text[content.End]) ? content.End + 1 : content.End;
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!IsDoubleMark(c))
            {
                continue;
            }

            var opens = c is '\u201C' or '\u201E' or '\u00AB' || (c == '"' && open < 0 && !GluedToPreviousWord(text, i, start));
            if (open < 0 && opens)
            {
                open = i;
            }
            else if (open >= 0 && !opens)
            {
                yield return new TextSpan(open, i + 1);
                open = -1;
            }
            else if (open < 0 && i > start && HasLetters(text, start, i))
            {
                yield return new TextSpan(start, i + 1);
            }
        }

        if (open >= 0 && HasLetters(text, open, end))
        {
            yield return new TextSpan(open, end);
        }
    }

    private static bool IsDoubleMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    private static bool GluedToPreviousWord(string text, int i, int start) => i > start && char.IsLetterOrDigit(text[i - 1]);

    private static bool HasLetters(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
