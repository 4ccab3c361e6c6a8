using AnnotationSdk.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AnnotationSdk.Client;

/// <summary>Registers <see cref="AnnotationClient"/> with dependency injection.</summary>
public static class AnnotationClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AnnotationClient"/> over a gRPC client from <c>Grpc.Net.ClientFactory</c>: the HTTP/2
    /// connection is pooled and reused across resolutions, idempotent calls retry on UNAVAILABLE, and every
    /// unary call gets <see cref="AnnotationClientOptions.DefaultDeadline"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the address (required), deadline and retries.</param>
    /// <returns>The builder of the underlying HTTP client, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddAnnotationClient(this IServiceCollection services, Action<AnnotationClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AnnotationClientOptions>()
            .Configure(configure)
            .Validate(options => options.Address is not null, "AnnotationClientOptions.Address is required.")
            .Validate(options => options.MaxRetryAttempts >= 0, "AnnotationClientOptions.MaxRetryAttempts cannot be negative.");
        services.AddTransient(provider => new AnnotationClient(
            provider.GetRequiredService<AnnotationService.AnnotationServiceClient>(),
            provider.GetRequiredService<IOptions<AnnotationClientOptions>>().Value));
        return services
            .AddGrpcClient<AnnotationService.AnnotationServiceClient>((provider, factory) =>
                factory.Address = provider.GetRequiredService<IOptions<AnnotationClientOptions>>().Value.Address)
            .ConfigureChannel((provider, channel) =>
                RetryServiceConfig.Apply(channel, provider.GetRequiredService<IOptions<AnnotationClientOptions>>().Value));
    }
}
