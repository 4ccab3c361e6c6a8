using AnnotationSdk.Server;

await AnnotationServer.Build(args).RunAsync().ConfigureAwait(false);
