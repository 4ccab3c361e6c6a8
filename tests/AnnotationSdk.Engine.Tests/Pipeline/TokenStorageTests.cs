using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary>The engine lends each document's token storage from a pool and takes it back when the document is done.</summary>
public class TokenStorageTests
{
    private static readonly AnnotateOptions Options = new(new DateOnly(2025, 4, 30));

    [Fact]
    public void Documents_annotated_one_after_another_on_reused_storage_each_see_only_their_own_tokens()
    {
        var recorder = new TokenRecorder();
        var engine = new AnnotationEngine([recorder]);
        const string Long = "A much longer first document, with many more tokens than the second one has, so its storage is larger.";
        const string Short = "Short one.";

        engine.Annotate(Long, Options);
        engine.Annotate(Short, Options);
        engine.Annotate(Long, Options);

        Assert.Equal([Tokenizer.Tokenize(Long).Count, Tokenizer.Tokenize(Short).Count, Tokenizer.Tokenize(Long).Count], recorder.Counts);
        Assert.Equal(Tokenizer.Tokenize(Long), recorder.Last);
    }

    [Fact]
    public void An_annotator_that_keeps_the_context_finds_no_tokens_once_the_document_is_done()
    {
        var recorder = new TokenRecorder();
        new AnnotationEngine([recorder]).Annotate("It may rain today.", Options);

        recorder.Context!.ReleaseTokens(); // a second release gives nothing back twice
        Assert.Empty(recorder.Context!.Tokens);
        Assert.Throws<ArgumentOutOfRangeException>(() => recorder.Context!.Tokens[0]);
    }

    [Fact]
    public void A_context_made_outside_the_engine_keeps_its_tokens()
    {
        var context = new AnnotationContext("It may rain today.", Options.ReferenceDate);
        new AnnotationEngine([new TokenRecorder()]).Annotate("Another text.", Options);

        Assert.Equal(Tokenizer.Tokenize("It may rain today."), context.Tokens);
    }

    [Fact]
    public void The_storage_of_a_long_document_is_not_kept_for_the_next_one_but_a_short_ones_is()
    {
        var longStorage = Tokenizer.TokenPool.Rent(Tokenizer.ExpectedTokens(new string('a', 10_000_000)));
        Tokenizer.TokenPool.Return(longStorage);
        var shortStorage = Tokenizer.TokenPool.Rent(Tokenizer.ExpectedTokens("It may rain today."));
        Tokenizer.TokenPool.Return(shortStorage);

        Assert.NotSame(longStorage, Tokenizer.TokenPool.Rent(longStorage.Length));
        Assert.Same(shortStorage, Tokenizer.TokenPool.Rent(shortStorage.Length));
    }

    private sealed class TokenRecorder : IAnnotator
    {
        public List<int> Counts { get; } = [];

        public Token[] Last { get; private set; } = [];

        public AnnotationContext? Context { get; private set; }

        public string Name => "token-recorder";

        public void Annotate(AnnotationContext context)
        {
            Context = context;
            Counts.Add(context.Tokens.Count);
            Last = [.. context.Tokens];
            context.Hedges.Add(new HedgeAnnotation(context.SpanOf(0, 1), HedgeCategory.Epistemic, Name));
        }
    }
}
