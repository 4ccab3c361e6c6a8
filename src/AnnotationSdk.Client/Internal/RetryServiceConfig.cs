using AnnotationSdk.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;

namespace AnnotationSdk.Client;

/// <summary>
/// The channel settings every client channel gets: retries on UNAVAILABLE for the idempotent unary calls
/// (Annotate, GetSchema), through the gRPC service config so the transport replays the request itself.
/// AnnotateStream is not retried: a replay could annotate documents twice and reorder their results.
/// </summary>
internal static class RetryServiceConfig
{
    public static void Apply(GrpcChannelOptions channel, AnnotationClientOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetryAttempts);
        if (options.MaxRetryAttempts == 0)
        {
            channel.ServiceConfig = null;
            return;
        }

        var attempts = options.MaxRetryAttempts + 1;
        channel.MaxRetryAttempts = Math.Max(channel.MaxRetryAttempts ?? 0, attempts);
        channel.ServiceConfig = new ServiceConfig
        {
            MethodConfigs =
            {
                new MethodConfig
                {
                    Names =
                    {
                        new MethodName { Service = AnnotationService.Descriptor.FullName, Method = "Annotate" },
                        new MethodName { Service = AnnotationService.Descriptor.FullName, Method = "GetSchema" },
                    },
                    RetryPolicy = new RetryPolicy
                    {
                        MaxAttempts = attempts,
                        InitialBackoff = TimeSpan.FromMilliseconds(200),
                        MaxBackoff = TimeSpan.FromSeconds(5),
                        BackoffMultiplier = 2,
                        RetryableStatusCodes = { StatusCode.Unavailable },
                    },
                },
            },
        };
    }
}
