using System.Text;

namespace AnnotationSdk.Benchmarks.Corpus;

/// <summary>
/// A news-like corpus from the project's own sentence templates, for when no real text is given: quotes in
/// curly and straight marks, speech verbs, absolute and relative dates, hedges and numbers, in paragraphs,
/// so every annotator has work of the kind real articles give it. Deterministic for a given seed.
/// </summary>
internal static class NewsGenerator
{
    private static readonly string[] People =
    [
        "Maria Lindqvist", "Tomasz Wrona", "Adaeze Okafor", "Daniel Whitcombe", "Hana Kobayashi",
        "Rafael Ortega", "Ingrid Solberg", "Samir Haddad", "Claire Beaumont", "Viktor Halloran",
    ];

    private static readonly string[] Organizations =
    [
        "the Ministry of Transport", "the port authority", "the city council", "the regional health board",
        "the central bank", "the teachers' union", "the state prosecutor's office", "the energy regulator",
    ];

    private static readonly string[] Places = ["Harwick", "Lower Denmoor", "the northern provinces", "Port Elsby", "the capital", "Valbrenna"];

    private static readonly string[] Topics =
    [
        "the bridge repairs", "the fuel subsidy", "the hospital merger", "the new tariff schedule",
        "the flood defences", "the pension reform", "the school closures", "the airport expansion",
    ];

    private static readonly string[] Dates =
    [
        "on Monday", "last week", "on March 3", "in October 2024", "earlier this year", "two days later",
        "on 14 June 2023", "by the end of the month", "next spring", "in the 1990s", "on Friday evening", "a year ago",
    ];

    private static readonly string[] Templates =
    [
        "“We will not accept {topic} in its current form,” {person} said {date}.",
        "{Person} told reporters that {org} had {hedge} underestimated the cost of {topic}.",
        "\"This is a temporary measure,\" said {person}, a spokesperson for {org}. \"Nothing has been decided.\"",
        "According to {org}, some {number} residents of {place} were affected {date}.",
        "Officials {hedge2} that the decision could be reversed {date}, two sources familiar with the talks said.",
        "The so-called “emergency plan” was published {date} and {hedge} covers as many as {number} households.",
        "{Person}, who chaired the inquiry, said the findings were “deeply troubling” and called for a review.",
        "In a statement released {date}, {org} said it was “working closely with partners” on {topic}.",
        "Critics say {topic} may have cost {place} about {number} jobs, although the figures appear to be disputed.",
        "“I think we are close,” {person} told the committee. “But it is not over until it is signed.”",
        "The vote, scheduled for {date}, is expected to pass with roughly {number} votes in favour.",
        "{Person} reportedly met members of {org} in {place} {date} to discuss {topic}.",
        "Residents interviewed {date} said they had not been consulted. ‘Nobody asked us,’ one of them said.",
        "It is unclear whether {org} will appeal; a lawyer for the group declined to comment {date}.",
        "Prices rose 4.2% in the year to September, the fastest pace since 2008, data published {date} showed.",
        "{Person} denied the allegations, calling them “a distraction” from {topic}.",
        "The report, which was seen by this newspaper, suggests that {topic} was likely delayed by at least {number} days.",
        "Asked about {topic}, {person} replied: “We have said everything we are going to say.”",
    ];

    private static readonly string[] Hedges = ["reportedly", "allegedly", "probably", "apparently", "possibly"];

    private static readonly string[] HedgeVerbs = ["believe", "suggested", "expect", "have hinted", "fear"];

    /// <summary><paramref name="documentCount"/> articles of 3 to 9 paragraphs (about 1 to 4 KB each).</summary>
    public static List<string> Generate(int documentCount, int seed, int minParagraphs = 3, int maxParagraphs = 9)
    {
        var random = new Random(seed);
        var documents = new List<string>(documentCount);
        var builder = new StringBuilder();
        for (var d = 0; d < documentCount; d++)
        {
            builder.Clear();
            builder.Append(Pick(random, Places).ToUpperInvariant()).Append(" — ");
            var paragraphs = random.Next(minParagraphs, maxParagraphs + 1);
            for (var p = 0; p < paragraphs; p++)
            {
                if (p > 0)
                {
                    builder.Append("\n\n");
                }

                var sentences = random.Next(1, 4);
                for (var s = 0; s < sentences; s++)
                {
                    if (s > 0)
                    {
                        builder.Append(' ');
                    }

                    AppendSentence(builder, random);
                }
            }

            documents.Add(builder.ToString());
        }

        return documents;
    }

    private static void AppendSentence(StringBuilder builder, Random random)
    {
        var template = Pick(random, Templates).AsSpan();
        while (template.Length > 0)
        {
            var open = template.IndexOf('{');
            if (open < 0)
            {
                builder.Append(template);
                return;
            }

            builder.Append(template[..open]);
            var close = template[open..].IndexOf('}') + open;
            builder.Append(Fill(template[(open + 1)..close], random));
            template = template[(close + 1)..];
        }
    }

    private static string Fill(ReadOnlySpan<char> slot, Random random) => slot switch
    {
        "person" or "Person" => Pick(random, People),
        "org" => Pick(random, Organizations),
        "place" => Pick(random, Places),
        "topic" => Pick(random, Topics),
        "date" => Pick(random, Dates),
        "hedge" => Pick(random, Hedges),
        "hedge2" => Pick(random, HedgeVerbs),
        "number" => random.Next(12, 9000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("Unknown template slot."),
    };

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
