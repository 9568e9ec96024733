using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LawfulBasis.Tests.Architecture;

/// <summary>One use of a type or member declared in another folder: where it is used, and what it is.</summary>
internal sealed record FolderDependency(string FromFolder, string FromFile, int Line, string ToFolder, string Symbol);

/// <summary>
/// Which folder of a project's source uses which other folder, found by compiling the source with Roslyn and asking the
/// semantic model what every name, member access, constructor call and expression type binds to. Semantic binding,
/// not namespaces: Vocabulary, Catalog and Hosting share the <c>LawfulBasis</c> namespace, and `var`, target-typed
/// <c>new()</c>, extension methods and implicit conversions use types no <c>using</c> names.
/// </summary>
internal static class SourceDependencies
{
    // Global usings of the SDK's ImplicitUsings (the generated file is in obj/, which is not read).
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    // Left unimplemented without the source generators (LoggerMessage, GeneratedRegex) this compilation does not run:
    // a partial method with no implementing part. Binding is complete with them; any other error fails the check.
    private static readonly HashSet<string> GeneratorGaps = ["CS8795", "CS9248"];

    // The options source generator writes the whole Validate method of an [OptionsValidator] class; without it the
    // class "does not implement" IValidateOptions. Only that error, only on such a class, is a gap.
    private static bool IsGeneratorGap(Diagnostic diagnostic) =>
        GeneratorGaps.Contains(diagnostic.Id)
        || (diagnostic.Id == "CS0535"
            && diagnostic.Location.SourceTree?.GetRoot().FindNode(diagnostic.Location.SourceSpan) is { } node
            && node.AncestorsAndSelf().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>().FirstOrDefault() is { } type
            && type.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => attribute.Name.ToString() is "OptionsValidator" or "OptionsValidatorAttribute"));

    /// <summary>The repository's root: the folder above the test's output that holds LawfulBasis.sln.</summary>
    public static DirectoryInfo RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LawfulBasis.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("LawfulBasis.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// Compiles every .cs file under <paramref name="sourceRoots"/> (bin and obj excluded) into one compilation, and
    /// returns every use of a symbol declared in a different folder. A file's folder is its first folder below
    /// <paramref name="layerRoot"/>; files outside it belong to the folder named by their root's last segment.
    /// </summary>
    public static IReadOnlyList<FolderDependency> Find(string layerRoot, IEnumerable<string> sourceRoots, string assemblyName, string preprocessorSymbols = "")
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: preprocessorSymbols.Split(';', StringSplitOptions.RemoveEmptyEntries));
        var trees = sourceRoots
            .SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parse, path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse))
            .ToList();

        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && !IsGeneratorGap(d))
            .ToList();
        if (errors.Count > 0)
        {
            // Unbound names would hide dependencies: refuse to judge rather than pass on a partial picture.
            throw new InvalidOperationException(
                $"The dependency check cannot bind the source of {assemblyName} ({errors.Count} errors), so it cannot tell what uses what. First errors:\n"
                + string.Join("\n", errors.Take(10)));
        }

        var found = new List<FolderDependency>();
        foreach (var tree in trees.Where(t => t.FilePath.Length > 0))
        {
            var fromFolder = FolderOf(tree.FilePath, layerRoot);
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                foreach (var symbol in SymbolsUsedBy(node, model))
                {
                    if (symbol is INamespaceSymbol || DeclaringFile(symbol) is not { } declaredIn)
                    {
                        continue;
                    }

                    var toFolder = FolderOf(declaredIn, layerRoot);
                    if (toFolder != fromFolder)
                    {
                        var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        found.Add(new FolderDependency(fromFolder, Path.GetRelativePath(layerRoot, tree.FilePath), line, toFolder, symbol.ToDisplayString()));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The folder just below the layer root that holds <paramref name="path"/> (e.g. "Audit"), or the file's parent folder name for files elsewhere (src/Shared → "Shared").</summary>
    public static string FolderOf(string path, string layerRoot)
    {
        var relative = Path.GetRelativePath(layerRoot, path);
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            return new DirectoryInfo(Path.GetDirectoryName(path)!).Name;
        }

        var parts = relative.Split(Path.DirectorySeparatorChar);
        return parts.Length > 1 ? parts[0] : ".";
    }

    private static IEnumerable<ISymbol> SymbolsUsedBy(SyntaxNode node, SemanticModel model)
    {
        switch (node)
        {
            case NameSyntax or MemberAccessExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax
                or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ConstructorInitializerSyntax or AttributeSyntax
                or PrimaryConstructorBaseTypeSyntax:
                var info = model.GetSymbolInfo(node);
                foreach (var symbol in info.Symbol is { } bound ? [bound] : info.CandidateSymbols)
                {
                    foreach (var used in WithTypesItNames(symbol))
                    {
                        yield return used;
                    }
                }

                break;
        }

        if (node is ExpressionSyntax expression)
        {
            // The type a value has, even when no name in the source says it (var, lambdas, target-typed new, conversions).
            var type = model.GetTypeInfo(expression);
            foreach (var t in new[] { type.Type, type.ConvertedType })
            {
                foreach (var used in TypesIn(t))
                {
                    yield return used;
                }
            }
        }
    }

    private static IEnumerable<ISymbol> WithTypesItNames(ISymbol symbol)
    {
        yield return symbol.OriginalDefinition;
        if (symbol.ContainingType is { } containing)
        {
            foreach (var type in TypesIn(containing))
            {
                yield return type;
            }
        }

        var types = symbol switch
        {
            INamedTypeSymbol named => named.TypeArguments,
            IMethodSymbol method => method.TypeArguments,
            _ => [],
        };
        foreach (var argument in types.SelectMany(TypesIn))
        {
            yield return argument;
        }
    }

    private static IEnumerable<ISymbol> TypesIn(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                yield break;
            case IArrayTypeSymbol array:
                foreach (var element in TypesIn(array.ElementType))
                {
                    yield return element;
                }

                break;
            case INamedTypeSymbol named:
                yield return named.OriginalDefinition;
                foreach (var argument in named.TypeArguments.SelectMany(TypesIn))
                {
                    yield return argument;
                }

                if (named.ContainingType is { } outer)
                {
                    foreach (var container in TypesIn(outer))
                    {
                        yield return container;
                    }
                }

                break;
        }
    }

    private static string? DeclaringFile(ISymbol symbol) =>
        symbol.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree!.FilePath.Length > 0)?.SourceTree!.FilePath;

    private static IEnumerable<MetadataReference> References()
    {
        // The platform and the packages the test host loads, without any LawfulBasis assembly: those types come from source.
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Where(path => !Path.GetFileName(path).StartsWith("LawfulBasis", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path));
    }
}
