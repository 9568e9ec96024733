#if LAWFULBASIS_CORPUS
// The rest of a codebase: options, settings, background jobs, caches, feature flags, outbox messages, health checks,
// email templates. Mostly no personal data, with the names that trip naive detectors (EmailTemplate, SmtpHost,
// AdminEmail). Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.Infrastructure
{
    public class SmtpOptions
    {
        public string Host { get; set; } = ""; // no
        public int Port { get; set; } // no
        public string UserName { get; set; } = ""; // no
        public string Password { get; set; } = ""; // no
        public string FromAddress { get; set; } = ""; // no
        public bool UseSsl { get; set; } // no
    }

    public class EmailTemplate
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string Subject { get; set; } = ""; // no
        public string BodyHtml { get; set; } = ""; // no
        public string Locale { get; set; } = ""; // no
    }

    public class QueuedEmail
    {
        public int Id { get; set; } // no
        public string To { get; set; } = ""; // pd
        public string? ToName { get; set; } // pd
        public string From { get; set; } = ""; // no
        public string Subject { get; set; } = ""; // no
        public string Body { get; set; } = ""; // no
        public int SentTries { get; set; } // no
        public DateTime? SentOnUtc { get; set; } // no
        public int EmailTemplateId { get; set; } // no
    }

    public class OutboxMessage
    {
        public Guid Id { get; set; } // no
        public string Type { get; set; } = ""; // no
        public string Payload { get; set; } = ""; // no
        public DateTime OccurredOn { get; set; } // no
        public DateTime? ProcessedOn { get; set; } // no
        public string? Error { get; set; } // no
    }

    public class FeatureFlag
    {
        public string Key { get; set; } = ""; // no
        public bool Enabled { get; set; } // no
        public int RolloutPercentage { get; set; } // no
        public List<string> AllowedUserIds { get; set; } = new(); // pd
    }

    public class JobRun
    {
        public long Id { get; set; } // no
        public string JobName { get; set; } = ""; // no
        public DateTime StartedAt { get; set; } // no
        public TimeSpan Duration { get; set; } // no
        public string State { get; set; } = ""; // no
        public string? MachineName { get; set; } // no
        public int ItemsProcessed { get; set; } // no
    }

    public class CacheOptions
    {
        public string ConnectionString { get; set; } = ""; // no
        public string InstanceName { get; set; } = ""; // no
        public TimeSpan DefaultExpiration { get; set; } // no
    }

    public class HealthReportEntry
    {
        public string Name { get; set; } = ""; // no
        public string Status { get; set; } = ""; // no
        public string? Description { get; set; } // no
        public TimeSpan Duration { get; set; } // no
        public string? ServerIp { get; set; } // no
    }

    public class TenantInfo
    {
        public string Id { get; set; } = ""; // no
        public string Identifier { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public string? ConnectionString { get; set; } // no
        public string Region { get; set; } = ""; // no
        public string AdminEmail { get; set; } = ""; // pd
    }

    public class AppSettings
    {
        public string ApplicationName { get; set; } = ""; // no
        public string DefaultCulture { get; set; } = ""; // no
        public string AdminEmail { get; set; } = ""; // no
        public string SupportPhone { get; set; } = ""; // no
        public int MaxUploadMb { get; set; } // no
        public string StorageRegion { get; set; } = ""; // no
    }

    public class RequestLogEntry
    {
        public long Id { get; set; } // no
        public string Method { get; set; } = ""; // no
        public string Path { get; set; } = ""; // no
        public int StatusCode { get; set; } // no
        public double ElapsedMs { get; set; } // no
        public string? RemoteIp { get; set; } // pd
        public string? UserId { get; set; } // pd
        public DateTime Timestamp { get; set; } // no
    }

    public class Country
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public string TwoLetterIsoCode { get; set; } = ""; // no
        public bool AllowsBilling { get; set; } // no
        public bool SubjectToVat { get; set; } // no
    }

    public class ExchangeRate
    {
        public string Currency { get; set; } = ""; // no
        public decimal Rate { get; set; } // no
        public DateTime UpdatedAt { get; set; } // no
    }

    public class GeoIpRange
    {
        public string StartIp { get; set; } = ""; // no
        public string EndIp { get; set; } = ""; // no
        public string Country { get; set; } = ""; // no
        public double Latitude { get; set; } // no
        public double Longitude { get; set; } // no
    }
}
#endif
