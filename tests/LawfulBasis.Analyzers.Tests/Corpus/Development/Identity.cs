#if LAWFULBASIS_CORPUS
// Accounts, sign-in and auditing, in the shape of ASP.NET Core Identity users extended by an application, refresh
// tokens, external logins, audit entries and entity base classes. Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;

namespace Corpus.Identity
{
    public class ApplicationUser
    {
        public string Id { get; set; } = ""; // key
        public string? UserName { get; set; } // pd
        public string? NormalizedUserName { get; set; } // pd
        public string? Email { get; set; } // pd
        public string? NormalizedEmail { get; set; } // pd
        public bool EmailConfirmed { get; set; } // no
        public string? PasswordHash { get; set; } // no
        public string? SecurityStamp { get; set; } // no
        public string? ConcurrencyStamp { get; set; } // no
        public string? PhoneNumber { get; set; } // pd
        public bool PhoneNumberConfirmed { get; set; } // no
        public bool TwoFactorEnabled { get; set; } // no
        public DateTimeOffset? LockoutEnd { get; set; } // no
        public bool LockoutEnabled { get; set; } // no
        public int AccessFailedCount { get; set; } // no
        public string CardNumber { get; set; } = ""; // pd
        public string SecurityNumber { get; set; } = ""; // pd
        public string Expiration { get; set; } = ""; // pd
        public string CardHolderName { get; set; } = ""; // pd
        public int CardType { get; set; } // no
        public string Street { get; set; } = ""; // pd
        public string City { get; set; } = ""; // pd
        public string State { get; set; } = ""; // pd
        public string Country { get; set; } = ""; // pd
        public string ZipCode { get; set; } = ""; // pd
        public string Name { get; set; } = ""; // pd
        public string LastName { get; set; } = ""; // pd
        public string? AvatarUrl { get; set; } // pd
        public string? PreferredLanguage { get; set; } // no
        public DateTime RegisteredAt { get; set; } // no
    }

    public class RefreshToken
    {
        public int Id { get; set; } // no
        public string Token { get; set; } = ""; // no
        public string UserId { get; set; } = ""; // pd
        public DateTime ExpiresAt { get; set; } // no
        public DateTime CreatedAt { get; set; } // no
        public string? CreatedByIp { get; set; } // pd
        public DateTime? RevokedAt { get; set; } // no
        public string? ReplacedByToken { get; set; } // no
    }

    public class ExternalLogin
    {
        public string LoginProvider { get; set; } = ""; // no
        public string ProviderKey { get; set; } = ""; // no
        public string? ProviderDisplayName { get; set; } // no
        public string UserId { get; set; } = ""; // pd
    }

    public class Role
    {
        public string Id { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public string? Description { get; set; } // no
    }

    public class UserRole
    {
        public string UserId { get; set; } = ""; // pd
        public string RoleId { get; set; } = ""; // no
    }

    public abstract class AuditableEntity
    {
        public DateTime Created { get; set; } // no
        public string? CreatedBy { get; set; } // pd
        public DateTime? LastModified { get; set; } // no
        public string? LastModifiedBy { get; set; } // pd
        public byte[] RowVersion { get; set; } = Array.Empty<byte>(); // no
    }

    public class AuditEntry
    {
        public long Id { get; set; } // no
        public string TableName { get; set; } = ""; // no
        public string Action { get; set; } = ""; // no
        public Guid? PerformedByUserId { get; set; } // pd
        public string? IpAddress { get; set; } // pd
        public string? UserAgent { get; set; } // pd
        public DateTime Timestamp { get; set; } // no
        public string? OldValues { get; set; } // no
        public string? NewValues { get; set; } // no
        public string CorrelationId { get; set; } = ""; // no
    }

    public class LoginAttempt
    {
        public long Id { get; set; } // no
        public string AttemptedUserName { get; set; } = ""; // pd
        public string ClientIp { get; set; } = ""; // pd
        public bool Succeeded { get; set; } // no
        public string? FailureReason { get; set; } // no
        public DateTime AttemptedAt { get; set; } // no
    }

    public class UserProfile
    {
        public Guid UserId { get; set; } // key
        public string DisplayName { get; set; } = ""; // pd
        public string? Bio { get; set; } // pd
        public string? ProfilePictureUrl { get; set; } // pd
        public string? Website { get; set; } // no
        public string? TwitterHandle { get; set; } // pd
        public string Theme { get; set; } = ""; // no
        public bool NewsletterOptIn { get; set; } // no
        public int FollowerCount { get; set; } // no
        public DateOnly? Birthday { get; set; } // pd
        public string? Nationality { get; set; } // pd
    }

    public class Invitation
    {
        public Guid Id { get; set; } // no
        public string InviteeEmail { get; set; } = ""; // pd
        public Guid InviterUserId { get; set; } // pd
        public string Code { get; set; } = ""; // no
        public DateTime SentAt { get; set; } // no
        public bool Accepted { get; set; } // no
    }

    public class ApiClient
    {
        public string ClientId { get; set; } = ""; // no
        public string ClientSecretHash { get; set; } = ""; // no
        public string Name { get; set; } = ""; // no
        public string RedirectUri { get; set; } = ""; // no
        public List<string> AllowedScopes { get; set; } = new(); // no
    }

    public class IdentityDbContext : DbContext
    {
        public DbSet<ApplicationUser> Users { get; set; } = null!; // pd
        public DbSet<Role> Roles { get; set; } = null!; // no
        public DbSet<UserRole> UserRoles { get; set; } = null!; // pd
        public DbSet<RefreshToken> RefreshTokens { get; set; } = null!; // pd
    }
}
#endif
