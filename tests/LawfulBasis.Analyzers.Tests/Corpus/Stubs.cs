#if LAWFULBASIS_CORPUS
// Stand-ins for library types the corpus's entities use (Entity Framework Core, NetTopologySuite), so the corpus
// compiles without their packages. Not labelled: they are not the codebase's own types.
namespace Microsoft.EntityFrameworkCore
{
    public class DbContext { }

    public class DbSet<TEntity> where TEntity : class { }
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
