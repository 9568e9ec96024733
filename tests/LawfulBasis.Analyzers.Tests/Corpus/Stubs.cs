#if LAWFULBASIS_CORPUS
// Stand-ins for library types the corpus's entities use (Entity Framework Core, NetTopologySuite, ASP.NET Core
// Identity's user, MediatR's message interfaces), so the corpus compiles without their packages. Not labelled: they are not the codebase's own types.
namespace Microsoft.EntityFrameworkCore
{
    public class DbContext { }

    public class DbSet<TEntity> where TEntity : class { }

    [System.AttributeUsage(System.AttributeTargets.Class)]
    public sealed class OwnedAttribute : System.Attribute { }
}

namespace Microsoft.AspNetCore.Identity
{
    public class IdentityUser<TKey> where TKey : System.IEquatable<TKey>
    {
        public virtual TKey Id { get; set; } = default!;

        public virtual string? UserName { get; set; }

        public virtual string? Email { get; set; }

        public virtual string? PhoneNumber { get; set; }

        public virtual string? PasswordHash { get; set; }
    }

    public class IdentityUser : IdentityUser<string> { }
}

namespace MediatR
{
    public interface INotification { }

    public interface IRequest<out TResponse> { }
}

namespace NetTopologySuite.Geometries
{
    public class Point
    {
        public Point(double x, double y) { X = x; Y = y; }

        public double X { get; }

        public double Y { get; }
    }
}
#endif
