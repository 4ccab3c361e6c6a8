using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Dates;

/// <summary>
/// "a", "an", "the" and "that", one of each length from one to four, are most of the words of news text that are
/// in the map (55,000 of 81,000 in 4 MB), and each is a lead: the pass recognizes them by one compare of their
/// characters, read as one 64-bit word, against the one of the token's length, instead of a map probe.
/// </summary>
internal sealed partial class DateTriggerTable
{
    private static readonly string[] FrequentLeadWords = ["a", "an", "the", "that"];

    // Four characters, one per 16-bit lane: bit 5 of each turns an ASCII capital into its small letter, and only
    // the capital and the small letter become a given small letter.
    private const ulong CaseBits = 0x0020_0020_0020_0020;

    /// <summary>The frequent lead of each length, at its length; the other places match no token.</summary>
    private readonly FrequentLead[] _frequentLeads;

    private FrequentLead[] FrequentLeadsByLength()
    {
        var byLength = new FrequentLead[FrequentLeadWords.Max(word => word.Length) + 1];
        byLength.AsSpan().Fill(new FrequentLead(ulong.MaxValue, 0, DateTrigger.None, null, null));
        foreach (var word in FrequentLeadWords)
        {
            var mask = word.Length == 4 ? ulong.MaxValue : (1UL << (16 * word.Length)) - 1;
            var flags = DateTrigger.None;
            Lead? lead = null;
            Opening? opening = null;
            if (_entries.TryGet(word, out var entry))
            {
                flags = entry.Named | entry.Opens;
                lead = LeadKept(entry.Lead, flags);
                opening = entry.Opening;
            }

            var lowerCase = 0UL;
            for (var k = 0; k < word.Length; k++)
            {
                lowerCase |= (ulong)word[k] << (16 * k);
            }

            byLength[word.Length] = new FrequentLead(lowerCase, mask, flags, lead, opening);
        }

        return byLength;
    }

    /// <summary>As <see cref="FillAt"/> does for token <paramref name="i"/>, <paramref name="lead"/>: no possessive
    /// and no hyphen, its own word, and the flags, lead and opening it has in the map.</summary>
    private static void FillFrequentLead(string text, in Token token, int i, ref Pass pass, in FrequentLead lead, Span<TextSpan> words, Span<DateTrigger> triggers)
    {
        if (pass.Pending)
        {
            var word = text.AsSpan(token.Start, token.Length);
            pass.Decide(word, word, lead.Flags, triggers, i - 1);
        }

        words[i] = token.Span;
        triggers[i] = lead.Flags;
        pass.Leave(lead.Lead, lead.Opening);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Chunk(string text, int start) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start)));

    /// <param name="LowerCase">The word's characters, in the lanes <paramref name="Mask"/> keeps.</param>
    /// <param name="Lead">The word's lead, if the next token decides its flags.</param>
    private readonly record struct FrequentLead(ulong LowerCase, ulong Mask, DateTrigger Flags, Lead? Lead, Opening? Opening)
    {
        /// <summary>Whether the token at <paramref name="start"/>, of the word's length, is the word in any case;
        /// a token less than four characters from the end of the text is left to the map.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Is(string text, int start) => start <= text.Length - 4 && ((Chunk(text, start) | CaseBits) & Mask) == LowerCase;
    }
}
