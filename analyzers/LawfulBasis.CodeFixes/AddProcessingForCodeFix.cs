using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LawfulBasis.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace LawfulBasis.CodeFixes;

/// <summary>
/// LB0001: declares the purpose the code serves by adding <c>[ProcessingFor&lt;P&gt;]</c> to the enclosing method,
/// constructor or property: one fix per purpose the data is collected for when it names some, otherwise one per purpose
/// declared in the compilation.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddProcessingForCodeFix)), Shared]
public sealed class AddProcessingForCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.PersonalDataWithoutPurpose.Id);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        var site = root.FindNode(context.Span, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .OfType<MemberDeclarationSyntax>()
            .FirstOrDefault(m => m is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or FieldDeclarationSyntax);
        if (site is null)
        {
            return;
        }

        var symbols = KnownSymbols.Resolve(semanticModel.Compilation);
        if (symbols.ProcessingFor is null || symbols.Purpose is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            // Data collected for several purposes: only those purposes can make the processing lawful.
            var offered = diagnostic.Properties.TryGetValue(PersonalDataProcessingAnalyzer.DataPurposesProperty, out var dataPurposes) && !string.IsNullOrEmpty(dataPurposes)
                ? dataPurposes!.Split(';').Select(name => (Name: ShortName(name), TypeName: name))
                : DeclaredPurposes(semanticModel.Compilation, symbols, context.CancellationToken)
                    .Select(p => (Name: p.Name, TypeName: p.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
            foreach (var (name, typeName) in offered)
            {
                var title = $"Declare that this code processes data for '{name}'";
                context.RegisterCodeFix(
                    CodeAction.Create(title, c => AddAttributeAsync(context.Document, site, typeName, c), equivalenceKey: title),
                    diagnostic);
            }
        }
    }

    private static string ShortName(string qualifiedName) => qualifiedName.Substring(qualifiedName.LastIndexOf('.') + 1);

    private static ImmutableArray<INamedTypeSymbol> DeclaredPurposes(Compilation compilation, KnownSymbols symbols, CancellationToken cancellation) =>
        compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type, cancellation)
            .OfType<INamedTypeSymbol>()
            .Where(t => t.GetAttributes().Any(symbols.IsPurpose))
            .OrderBy(t => t.Name, System.StringComparer.Ordinal)
            .ToImmutableArray();

    private static async Task<Document> AddAttributeAsync(
        Document document, MemberDeclarationSyntax site, string purposeTypeName, CancellationToken cancellation)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellation).ConfigureAwait(false);
        var purposeName = SyntaxFactory.ParseTypeName(purposeTypeName);
        editor.AddAttribute(site, AttributeSyntaxFactory.Create("ProcessingFor", purposeName));
        return editor.GetChangedDocument();
    }
}
