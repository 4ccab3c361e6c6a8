using AnnotationSdk.V1;

namespace AnnotationSdk.Client;

/// <summary>
/// Builds the typed views of a result in two passes: one view per annotation, then the links by id. Links
/// to ids the response does not contain are left null rather than failing the whole result.
/// </summary>
internal static class AnnotationViewBuilder
{
    internal sealed record Views(
        IReadOnlyList<QuoteView> Quotes,
        IReadOnlyList<AttributionView> Attributions,
        IReadOnlyList<DateView> Dates,
        IReadOnlyList<HedgeView> Hedges);

    public static Views Build(AnnotationResult result)
    {
        var quotes = new List<QuoteView>();
        var attributions = new List<AttributionView>();
        var dates = new List<DateView>();
        var hedges = new List<HedgeView>();
        var quotesById = new Dictionary<string, QuoteView>(StringComparer.Ordinal);
        var attributionsById = new Dictionary<string, AttributionView>(StringComparer.Ordinal);
        var datesById = new Dictionary<string, DateView>(StringComparer.Ordinal);

        // The detail case, not the kind, decides: a view needs its detail, and a newer server may send kinds this client does not know.
        foreach (var annotation in result.Annotations)
        {
            var text = result.GetText(annotation);
            switch (annotation.DetailCase)
            {
                case Annotation.DetailOneofCase.Quote:
                    Add(quotes, quotesById, annotation.Id, new QuoteView(annotation, text));
                    break;
                case Annotation.DetailOneofCase.Attribution:
                    Add(attributions, attributionsById, annotation.Id, new AttributionView(annotation, text, result.GetText(annotation.Attribution.Cue)));
                    break;
                case Annotation.DetailOneofCase.Date:
                    Add(dates, datesById, annotation.Id, new DateView(annotation, text));
                    break;
                case Annotation.DetailOneofCase.Hedge:
                    hedges.Add(new HedgeView(annotation, text));
                    break;
                default:
                    break; // no detail this client knows: it stays in Annotations only
            }
        }

        LinkQuotes(quotes, attributions, attributionsById, quotesById);
        foreach (var date in dates)
        {
            date.Anchor = Lookup(datesById, date.Annotation.Date.AnchorId);
        }

        foreach (var hedge in hedges)
        {
            hedge.Quote = Lookup(quotesById, hedge.Annotation.Hedge.QuoteId);
            hedge.Quote?.HedgeList.Add(hedge);
        }

        return new Views(quotes, attributions, dates, hedges);
    }

    // A quote names its attribution and an attribution lists its quotes; either side is enough to link them.
    private static void LinkQuotes(
        List<QuoteView> quotes,
        List<AttributionView> attributions,
        Dictionary<string, AttributionView> attributionsById,
        Dictionary<string, QuoteView> quotesById)
    {
        foreach (var quote in quotes)
        {
            quote.Attribution = Lookup(attributionsById, quote.Annotation.Quote.AttributionId);
        }

        foreach (var attribution in attributions)
        {
            foreach (var quoteId in attribution.Annotation.Attribution.QuoteIds)
            {
                if (Lookup(quotesById, quoteId) is { } quote)
                {
                    quote.Attribution ??= attribution;
                }
            }
        }

        foreach (var quote in quotes)
        {
            quote.Attribution?.QuoteList.Add(quote);
        }
    }

    private static void Add<T>(List<T> list, Dictionary<string, T> byId, string id, T view)
    {
        list.Add(view);
        if (!string.IsNullOrEmpty(id))
        {
            byId.TryAdd(id, view);
        }
    }

    private static T? Lookup<T>(Dictionary<string, T> byId, string? id)
        where T : class =>
        !string.IsNullOrEmpty(id) && byId.TryGetValue(id, out var view) ? view : null;
}
