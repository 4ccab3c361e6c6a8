using System.Buffers;
using AnnotationSdk.Server.Documents;
using AnnotationSdk.Snapshots.Tests;
using AnnotationSdk.Tests.Shared;
using AnnotationSdk.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace AnnotationSdk.Server.Tests;

/// <summary>
/// The server writes its answers straight from the engine's result; on the wire they must be, byte for byte, the
/// messages ResponseMapper builds as Google.Protobuf writes them, in every unit, for every choice of kinds and
/// reference date, and inside a stream's answer with any status.
/// </summary>
public class ResponseProtobufTests
{
    private static readonly DocumentAnnotator Annotator = new(new AnnotationServerOptions { MaxTextBytes = long.MaxValue });

    // Beside the shared ones: an annotation text whose UTF-8 size differs from its length and passes 127, where a
    // size takes a second byte.
    private static readonly string[] Texts =
    [
        .. RequestVariants.Adversarial,
        "“" + string.Concat(Enumerable.Repeat("Ünïcödé wörds ", 40)) + "”, the mayor said on Monday, perhaps in some 300 words.",
        AnnotateTests.Article,
    ];

    public static TheoryData<string> Fixtures => FixtureArticle.All;

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_article_is_written_as_its_mapped_response_is(string name)
    {
        var article = FixtureArticle.Load(name);
        foreach (var referenceDate in RequestVariants.ReferenceDates.Append(article.ReferenceDate))
        {
            AssertWrittenAsMapped(new Document { Id = article.Name, Text = article.Text, ReferenceDate = referenceDate });
        }
    }

    [Fact]
    public void Adversarial_texts_are_written_as_their_mapped_responses_are()
    {
        // Run in one test, not as theory data, which could reach the test re-encoded.
        foreach (var text in Texts)
        {
            AssertWrittenAsMapped(new Document { Id = text, Text = text, ReferenceDate = "2025-03-06" });
        }
    }

    [Fact]
    public void An_unpaired_surrogate_is_written_as_protobuf_writes_it()
    {
        // Built in code: a theory's data would reach the test with the lone halves already replaced. The wire cannot
        // bring one to the server, but the writer must not part from Google.Protobuf's on any string.
        foreach (var lone in new[] { '\ud83d', '\ude80' })
        {
            var document = new Document { Id = "lone" + lone, Text = "Ines Varga said: “We may " + lone + " need them.” on Tuesday", ReferenceDate = "2025-03-06" };
            var answer = Annotator.AnnotateUnmapped(document, [], OffsetUnit.Utf8Byte, CancellationToken.None);

            Assert.Contains(answer.Result.Annotations, a => ResponseMapper.Covered(answer.Result.Text, a).Contains(lone));
            Assert.Equal(ResponseMapper.Map(answer.Request, answer.Result).ToByteArray(), Written(answer));
        }
    }

    [Fact]
    public void A_stream_answer_is_written_with_its_index_id_status_and_response_as_protobuf_writes_them()
    {
        var answer = Annotator.AnnotateUnmapped(new Document { Id = "doc-ü", Text = AnnotateTests.Article, ReferenceDate = "2025-03-06" }, [], OffsetUnit.CodePoint, CancellationToken.None);
        var ok = new Google.Rpc.Status { Code = (int)StatusCode.OK };
        var error = RequestErrors.ToStatus(RequestErrors.InvalidArgument("document.reference_date", "is not a date: “2025-13-01”."));
        error.Details.Add(Any.Pack(new Google.Rpc.DebugInfo { Detail = "ünïcödé" }));

        foreach (var index in new[] { 0, 1, 127, 128, int.MaxValue })
        {
            foreach (var documentId in new[] { string.Empty, "doc-ü", new string('x', 300) })
            {
                var written = new EngineStreamAnswer(index, documentId, ok, answer);
                var expected = new AnnotateStreamResponse { Index = index, DocumentId = documentId, Status = ok, Response = ResponseMapper.Map(answer.Request, answer.Result) };
                Assert.Equal(expected.ToByteArray(), Written(written));

                var failed = new EngineStreamAnswer(index, documentId, error, null);
                Assert.Equal(new AnnotateStreamResponse { Index = index, DocumentId = documentId, Status = error }.ToByteArray(), Written(failed));
            }
        }
    }

    private static void AssertWrittenAsMapped(Document document)
    {
        foreach (var unit in RequestVariants.Units)
        {
            foreach (var kinds in RequestVariants.KindSets)
            {
                var answer = Annotator.AnnotateUnmapped(document, kinds, unit, CancellationToken.None);
                var mapped = ResponseMapper.Map(answer.Request, answer.Result);

                // Compared as the messages first, so that a failure names the field where the two part.
                var written = Written(answer);
                Assert.Equal(mapped, AnnotateResponse.Parser.ParseFrom(written));
                Assert.Equal(mapped.ToByteArray(), written);
            }
        }
    }

    private static byte[] Written(EngineAnswer answer)
    {
        var context = new BufferContext();
        ResponseProtobuf.Serialize(answer, context);
        return context.Payload();
    }

    private static byte[] Written(EngineStreamAnswer answer)
    {
        var context = new BufferContext();
        ResponseProtobuf.Serialize(answer, context);
        return context.Payload();
    }

    /// <summary>A call's serialization context as Grpc.AspNetCore uses it: the length said first, then the bytes.</summary>
    private sealed class BufferContext : SerializationContext
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private int? _payloadLength;
        private bool _completed;

        public override void SetPayloadLength(int payloadLength) => _payloadLength = payloadLength;

        public override IBufferWriter<byte> GetBufferWriter() => _buffer;

        public override void Complete() => _completed = true;

        public override void Complete(byte[] payload) => throw new NotSupportedException("The writer writes into the buffer.");

        public byte[] Payload()
        {
            Assert.True(_completed);
            Assert.Equal(_payloadLength, _buffer.WrittenCount);
            return _buffer.WrittenSpan.ToArray();
        }
    }
}
