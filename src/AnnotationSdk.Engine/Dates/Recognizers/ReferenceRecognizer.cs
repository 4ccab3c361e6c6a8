using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>Vague references: "now", "currently", "the current weakness" (PRESENT_REF), "recently", "the past" (PAST_REF), "the future", "soon" (FUTURE_REF).</summary>
internal static class ReferenceRecognizer
{
    public static bool TryMatch(DateScanner s, int i, out TemporalMatch match)
    {
        match = default;
        if (!s.Lexicons.References.TryMatch(s.Context.Text, s.Tokens, i, Math.Min(s.Count, i + 3), out var found))
        {
            return false;
        }

        // "soon after" and "as soon as" relate two events; they do not name a time.
        if (found.Length == 1 && (s.Is(found.End, "after") || s.Is(found.End, "afterward") || s.Is(found.End, "afterwards") || s.Is(i - 1, "as")))
        {
            return false;
        }

        // "he was soon released", "a trickle that soon became a flood": in a past narrative "soon" is shortly after a
        // past event, not a time ahead of the publication date.
        if (found.Length == 1 && s.Is(i, "soon")
            && (s.Is(i - 1, "was") || s.Is(i - 1, "were") || s.Is(i - 1, "had") || s.IsPastVerb(i + 1)))
        {
            return false;
        }

        // "current" is an adjective of time only before what it qualifies ("the current weakness"), not as a noun
        // ("against the current") nor in "current account", the balance of trade.
        if (found.Length == 1 && s.Is(i, "current")
            && (!s.SameSentence(i, i + 1) || !(s.IsKind(i + 1, TokenKind.Word) || s.IsKind(i + 1, TokenKind.Number)) || s.IsCapitalized(i + 1)
                || s.Word(i + 1).StartsWith("account", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        match = new TemporalMatch(i, found.End, TemporalType.Date, found.Value, "reference");
        return true;
    }
}
