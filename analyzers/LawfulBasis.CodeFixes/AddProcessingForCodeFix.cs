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
/// constructor or property, offering one fix per purpose declared in the compilation.
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

        foreach (var purpose in DeclaredPurposes(semanticModel.Compilation, symbols, context.CancellationToken))
        {
            var title = $"Declare that this code processes data for '{purpose.Name}'";
            context.RegisterCodeFix(
                CodeAction.Create(title, c => AddAttributeAsync(context.Document, site, purpose, c), equivalenceKey: title),
                context.Diagnostics);
        }
    }

    private static ImmutableArray<INamedTypeSymbol> DeclaredPurposes(Compilation compilation, KnownSymbols symbols, CancellationToken cancellation) =>
        compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type, cancellation)
            .OfType<INamedTypeSymbol>()
            .Where(t => t.GetAttributes().Any(symbols.IsPurpose))
            .OrderBy(t => t.Name, System.StringComparer.Ordinal)
            .ToImmutableArray();

    private static async Task<Document> AddAttributeAsync(
        Document document, MemberDeclarationSyntax site, INamedTypeSymbol purpose, CancellationToken cancellation)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellation).ConfigureAwait(false);
        var purposeName = SyntaxFactory.ParseTypeName(purpose.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        editor.AddAttribute(site, AttributeSyntaxFactory.Create("ProcessingFor", purposeName));
        return editor.GetChangedDocument();
    }
}
