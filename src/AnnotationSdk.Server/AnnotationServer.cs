using AnnotationSdk.Server.Documents;
using AnnotationSdk.Server.Services;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace AnnotationSdk.Server;

/// <summary>Builds and starts the annotation server: gRPC over HTTP/2 cleartext, health and reflection included.</summary>
public static class AnnotationServer
{
    /// <summary>Where the server listens when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5151";

    public static WebApplication Build(string[] args, Action<AnnotationServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // gRPC without TLS needs HTTP/2 prior knowledge: no HTTP/1.1 upgrade dance.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.Protocols = HttpProtocols.Http2));

        // Only the limit is read from configuration (the engine and the clock are objects tests put in), and read by
        // name: binding the whole options type needs reflection that a native AOT build of the CLI does not keep.
        var options = new AnnotationServerOptions();
        options.MaxTextBytes = builder.Configuration.GetSection(AnnotationServerOptions.SectionName)
            .GetValue(nameof(AnnotationServerOptions.MaxTextBytes), options.MaxTextBytes);
        configure?.Invoke(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new DocumentAnnotator(options.Engine, options));

        // The lexicons load here, before the server listens: the first request does not wait for them.
        options.Engine.Prepare();
        builder.Services.AddGrpc(grpc =>
        {
            // Our own size check gives the clear error; the transport limit only has to let such a document in.
            grpc.MaxReceiveMessageSize = (int)Math.Min(int.MaxValue, (options.MaxTextBytes * 2) + (1 << 20));
            grpc.MaxSendMessageSize = null;
        });
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks().AddCheck("engine", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());

        var app = builder.Build();
        app.MapGrpcService<AnnotationGrpcService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapGet("/", () => "annotation.v1.AnnotationService speaks gRPC over HTTP/2 on this address; see protos/annotation/v1.");
        return app;
    }

    /// <summary>Starts a server on a free loopback port, for tests and tools that need a real one.</summary>
    public static async Task<RunningAnnotationServer> StartAsync(Action<AnnotationServerOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var app = Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default", "Warning"], configure);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningAnnotationServer(app, new Uri(address));
    }
}

/// <summary>A started server; disposing it stops it.</summary>
public sealed class RunningAnnotationServer(WebApplication app, Uri address) : IAsyncDisposable
{
    public Uri Address { get; } = address;

    public IServiceProvider Services => app.Services;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
