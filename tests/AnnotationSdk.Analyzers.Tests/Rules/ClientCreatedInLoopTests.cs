using Verify = AnnotationSdk.Analyzers.Tests.Verification.AnalyzerVerifier<AnnotationSdk.Analyzers.Rules.ClientCreatedInLoopAnalyzer>;

namespace AnnotationSdk.Analyzers.Tests.Rules;

public class ClientCreatedInLoopTests
{
    [Fact]
    public Task Channel_and_clients_created_per_iteration_are_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AnnotationSdk.Client;
        using AnnotationSdk.V1;
        using Grpc.Net.Client;

        class Batch
        {
            async Task Run(IEnumerable<string> texts)
            {
                foreach (var text in texts)
                {
                    using var channel = {|ANN0006:GrpcChannel.ForAddress("http://localhost:5000")|};
                    var client = {|ANN0006:new AnnotationClient(channel)|};
                    await client.AnnotateAsync(text);
                }
            }

            void Stubs(GrpcChannel channel, int count)
            {
                for (var i = 0; i < count; i++)
                {
                    var stub = {|ANN0006:new AnnotationService.AnnotationServiceClient(channel)|};
                }
            }
        }
        """);

    [Fact]
    public Task Channel_and_client_created_once_are_not_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AnnotationSdk.Client;
        using Grpc.Net.Client;

        class Batch
        {
            async Task Run(IEnumerable<string> texts)
            {
                using var channel = GrpcChannel.ForAddress("http://localhost:5000");
                var client = new AnnotationClient(channel);
                foreach (var text in texts)
                {
                    await client.AnnotateAsync(text);
                }

                foreach (var schema in new[] { new AnnotationClient(channel) })
                {
                }

                for (var once = new AnnotationClient(channel); texts == null;)
                {
                }
            }
        }
        """);
}
