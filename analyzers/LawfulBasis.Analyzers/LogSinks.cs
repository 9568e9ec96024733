using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// The calls that write to a log, a console or a trace: <c>ILogger</c> (Microsoft.Extensions.Logging; Serilog, NLog and
/// log4net by name), <c>Console.Write*</c> and <c>Console.Out</c>/<c>Console.Error</c>, <c>Trace</c>/<c>Debug</c>/
/// <c>TraceSource</c>, the tags of a trace span (<c>Activity</c>, OpenTelemetry) or a metric, application monitoring and
/// error trackers (Application Insights' <c>TelemetryClient</c>, Sentry, the Windows event log), and
/// <c>[LoggerMessage]</c> methods.
/// </summary>
internal static class LogSinks
{
    // Plain hash sets, read-only after construction: asked for every call of a build.
    private static readonly HashSet<string> ConsoleMethods = new(StringComparer.Ordinal) { "Write", "WriteLine" };

    private static readonly HashSet<string> WriterMethods = new(StringComparer.Ordinal) { "Write", "WriteLine", "WriteAsync", "WriteLineAsync" };

    private static readonly HashSet<string> TraceMethods = new(StringComparer.Ordinal) { "Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Print", "Fail", "Assert" };

    private static readonly HashSet<string> SerilogMethods = new(StringComparer.Ordinal) { "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Write", "ForContext" };

    // NLog's Logger/ILogger and log4net's ILog, by name: the level methods and their Format variants.
    private static readonly HashSet<string> NLogMethods = new(StringComparer.Ordinal) { "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalDebug", "ConditionalTrace" };

    private static readonly HashSet<string> Log4NetMethods = new(StringComparer.Ordinal) { "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat" };

    private static readonly HashSet<string> TraceSourceMethods = new(StringComparer.Ordinal) { "TraceEvent", "TraceInformation", "TraceData" };

    // Tags, baggage, events and status descriptions of a trace span (System.Diagnostics.Activity, OpenTelemetry's
    // TelemetrySpan) and tags of a metric: exported to the tracing or metrics backend with every span or measurement.
    private static readonly HashSet<string> ActivityMethods = new(StringComparer.Ordinal) { "SetTag", "AddTag", "SetBaggage", "AddBaggage", "AddEvent", "SetStatus", "AddException", "SetAttribute", "RecordException" };

    private static readonly HashSet<string> InstrumentMethods = new(StringComparer.Ordinal) { "Add", "Record" };

    // Application monitoring and error trackers, by name: Application Insights' TelemetryClient, Sentry's SentrySdk, and the
    // Windows event log.
    private static readonly HashSet<string> MonitoringMethods = new(StringComparer.Ordinal)
    {
        "TrackEvent", "TrackTrace", "TrackException", "TrackMetric", "TrackDependency", "TrackRequest", "TrackPageView", "TrackAvailability",
        "CaptureMessage", "CaptureException", "AddBreadcrumb", "WriteEntry",
    };

    /// <summary>The sink's name for a message, or null when the call writes to no log.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static string? NameOf(IInvocationOperation invocation, KnownSymbols symbols, out bool loggerMessage)
    {
        loggerMessage = false;
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        if (symbols.LoggerExtensions is not null && SymbolEqualityComparer.Default.Equals(type, symbols.LoggerExtensions))
        {
            return $"ILogger.{method.Name}";
        }

        if (symbols.Logger is not null && method.Name == "Log"
            && (SymbolEqualityComparer.Default.Equals(type, symbols.Logger) || type.AllInterfaces.Contains(symbols.Logger, SymbolEqualityComparer.Default)))
        {
            return "ILogger.Log";
        }

        // logger.BeginScope(new Dictionary<string, object> { ["Email"] = … }): a scope's state is written with every message inside it.
        if (symbols.Logger is not null && method.Name == "BeginScope"
            && (SymbolEqualityComparer.Default.Equals(type, symbols.Logger) || type.AllInterfaces.Contains(symbols.Logger, SymbolEqualityComparer.Default)))
        {
            return "ILogger.BeginScope";
        }

        // A LoggerMessage.Define delegate: an Action<ILogger, T1, …, Exception?> called with the logger first.
        if (method.MethodKind == MethodKind.DelegateInvoke && symbols.Logger is not null
            && type is { Name: "Action", IsGenericType: true, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
            && SymbolEqualityComparer.Default.Equals(type.TypeArguments[0], symbols.Logger))
        {
            return "a LoggerMessage.Define delegate";
        }

        if (symbols.Console is not null && SymbolEqualityComparer.Default.Equals(type, symbols.Console) && ConsoleMethods.Contains(method.Name))
        {
            return $"Console.{method.Name}";
        }

        // Console.Error.WriteLine(...), Console.Out.Write(...): a TextWriter reached through the console.
        if (WriterMethods.Contains(method.Name) && invocation.Instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } stream }
            && SymbolEqualityComparer.Default.Equals(stream.ContainingType, symbols.Console))
        {
            return $"Console.{stream.Name}.{method.Name}";
        }

        if ((SymbolEqualityComparer.Default.Equals(type, symbols.Trace) || SymbolEqualityComparer.Default.Equals(type, symbols.Debug))
            && TraceMethods.Contains(method.Name))
        {
            return $"{type.Name}.{method.Name}";
        }

        if (SerilogMethods.Contains(method.Name) && IsSerilog(type))
        {
            return $"Serilog {type.Name}.{method.Name}";
        }

        if (NLogMethods.Contains(method.Name) && IsNLog(type))
        {
            return $"NLog {type.Name}.{method.Name}";
        }

        if (Log4NetMethods.Contains(method.Name) && IsLog4Net(type))
        {
            return $"log4net {type.Name}.{method.Name}";
        }

        if (TraceSourceMethods.Contains(method.Name) && type.Name == "TraceSource" && IsInNamespace(type, "Diagnostics", "System"))
        {
            return $"TraceSource.{method.Name}";
        }

        if (ActivityMethods.Contains(method.Name)
            && (type.Name == "Activity" && IsInNamespace(type, "Diagnostics", "System") || type.Name == "TelemetrySpan" && IsInNamespace(type, "Trace", "OpenTelemetry")))
        {
            return $"the trace span ({type.Name}.{method.Name})";
        }

        if (InstrumentMethods.Contains(method.Name) && type.Name is "Counter" or "UpDownCounter" or "Histogram" or "Gauge" && IsInNamespace(type, "Metrics", "Diagnostics"))
        {
            return $"the metric's tags ({type.Name}.{method.Name})";
        }

        if (MonitoringMethods.Contains(method.Name)
            && (type.Name == "TelemetryClient" && IsRootNamespace(type, "ApplicationInsights", "Microsoft")
                || type.Name is "SentrySdk" or "IHub" && IsRootNamespace(type, "Sentry")
                || type.Name == "EventLog" && IsInNamespace(type, "Diagnostics", "System")))
        {
            return $"{type.Name}.{method.Name}";
        }

        // Serilog.Context.LogContext.PushProperty: the property goes on every event written while it is pushed.
        if (method.Name == "PushProperty" && type.Name == "LogContext" && type.ContainingNamespace is { Name: "Context", ContainingNamespace: { Name: "Serilog", ContainingNamespace.IsGlobalNamespace: true } })
        {
            return "Serilog LogContext.PushProperty";
        }

        // [LoggerMessage] methods are partial methods written in source; check that before reading attributes.
        if (symbols.LoggerMessage is not null && (method.IsPartialDefinition || method.PartialDefinitionPart is not null)
            && (method.PartialDefinitionPart ?? method).GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.LoggerMessage)))
        {
            loggerMessage = true;
            return $"the [LoggerMessage] method {method.Name}, whose parameter is not classified";
        }

        return null;
    }

    /// <summary>Serilog's <c>ILogger</c>, its static <c>Log</c> and any logger implementing <c>Serilog.ILogger</c>, by name.</summary>
    private static bool IsSerilog(INamedTypeSymbol type)
    {
        if (IsSerilogType(type, "ILogger") || IsSerilogType(type, "Log"))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsSerilogType(implemented, "ILogger"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>NLog's <c>Logger</c>, <c>ILogger</c> and <c>ILoggerBase</c>, and loggers deriving from or implementing them, by name.</summary>
    private static bool IsNLog(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "Logger" or "ILogger" or "ILoggerBase" && IsRootNamespace(current, "NLog"))
            {
                return true;
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name is "ILogger" or "ILoggerBase" && IsRootNamespace(implemented, "NLog"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>log4net's <c>ILog</c> and what implements it, by name.</summary>
    private static bool IsLog4Net(INamedTypeSymbol type)
    {
        if (type.Name == "ILog" && IsRootNamespace(type, "log4net"))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name == "ILog" && IsRootNamespace(implemented, "log4net"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRootNamespace(INamedTypeSymbol type, string name) =>
        type.ContainingNamespace is { ContainingNamespace.IsGlobalNamespace: true } ns && ns.Name == name;

    private static bool IsRootNamespace(INamedTypeSymbol type, string name, string parent) =>
        type.ContainingNamespace is { ContainingNamespace: { ContainingNamespace.IsGlobalNamespace: true } root } ns && ns.Name == name && root.Name == parent;

    /// <summary>Whether a type's namespace ends with <paramref name="parent"/>.<paramref name="name"/> (System.Diagnostics, OpenTelemetry.Trace).</summary>
    private static bool IsInNamespace(INamedTypeSymbol type, string name, string parent) =>
        type.ContainingNamespace is { } ns && ns.Name == name && ns.ContainingNamespace?.Name == parent;

    private static bool IsSerilogType(INamedTypeSymbol type, string name) =>
        type.Name == name && type.ContainingNamespace is { Name: "Serilog", ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>Arguments that carry no user data of their own: the logger itself, levels, event ids, exceptions, delegates.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsPlumbing(IArgumentOperation argument, IMethodSymbol method)
    {
        var parameter = argument.Parameter;
        if (parameter is null || (method.IsExtensionMethod && parameter.Ordinal == 0))
        {
            return true;
        }

        // An exception is not plumbing: one built from personal data carries it into the log (TextFlow follows what it was built with).
        var type = parameter.Type;
        return type.Name is "LogLevel" or "EventId" or "LogEventLevel" or "ILogger" || type.TypeKind == TypeKind.Delegate
            || (parameter.Name == "destructureObjects" && type.SpecialType == SpecialType.System_Boolean);
    }
}
