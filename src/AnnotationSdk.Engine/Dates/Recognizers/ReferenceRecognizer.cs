using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Dates.Recognizers;

/// <summary>Vague references: "now", "currently" (PRESENT_REF), "recently", "the past" (PAST_REF), "the future", "soon" (FUTURE_REF).</summary>
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

        match = new TemporalMatch(i, found.End, TemporalType.Date, found.Value, "reference");
        return true;
    }
}
