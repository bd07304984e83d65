using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using ProbationCase.Web.Tests.Support;

namespace ProbationCase.Web.Tests.Diagnostics;

/// <summary>The app with a sink that keeps every log event, and one path that fails on purpose.</summary>
public sealed class DiagnosticsWebFactory : ProbationCaseWebFactory
{
    public const string FailingPath = "/test-only/unexpected-failure";

    public CapturingSink Logs { get; } = new();

    protected override string DatabaseSuffix => "diagnostics";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton<IStartupFilter, FailingEndpoint>();
        });
    }

    public sealed class CapturingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IReadOnlyCollection<LogEvent> Events => _events;

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

        /// <summary>Everything a log reader would see: messages, properties and exceptions.</summary>
        public string AllText() => string.Join("\n", _events.Select(e =>
            $"{e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}"));
    }

    /// <summary>Runs after the app's own pipeline, so its exception handler is the one that answers.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == FailingPath
                ? throw new InvalidOperationException("Something went wrong for X999999")
                : nextMiddleware(context));
        };
    }
}

[CollectionDefinition(Name)]
public sealed class DiagnosticsCollection : ICollectionFixture<DiagnosticsWebFactory>
{
    public const string Name = "diagnostics";
}
