using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LawfulBasis.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace LawfulBasis.CodeFixes;

/// <summary>LB0004: classifies the member with the category the analyzer suggests, e.g. <c>[ContactData]</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCategoryCodeFix)), Shared]
public sealed class AddCategoryCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnclassifiedPersonalData.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(UnclassifiedPersonalDataAnalyzer.CategoryProperty, out var category) || category is null)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var target = node.AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax);
            if (target is null)
            {
                continue;
            }

            var title = $"Classify as [{category}]";
            context.RegisterCodeFix(
                CodeAction.Create(title, c => AddAsync(context.Document, target, category, c), equivalenceKey: "LB0004.Classify"),
                diagnostic);
        }
    }

    private static async Task<Document> AddAsync(Document document, SyntaxNode target, string category, CancellationToken cancellation)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellation).ConfigureAwait(false);
        if (target is ParameterSyntax parameter)
        {
            // A record's positional parameter: the classification belongs on the generated property.
            var list = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.AttributeList(
                    Microsoft.CodeAnalysis.CSharp.SyntaxFactory.SingletonSeparatedList(AttributeSyntaxFactory.Create(category)))
                .WithTarget(Microsoft.CodeAnalysis.CSharp.SyntaxFactory.AttributeTargetSpecifier(
                    Microsoft.CodeAnalysis.CSharp.SyntaxFactory.Token(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PropertyKeyword)));
            editor.ReplaceNode(parameter, parameter.AddAttributeLists(list.WithTrailingTrivia(Microsoft.CodeAnalysis.CSharp.SyntaxFactory.Space)));
        }
        else
        {
            editor.AddAttribute(target, AttributeSyntaxFactory.Create(category));
        }

        return editor.GetChangedDocument();
    }
}
