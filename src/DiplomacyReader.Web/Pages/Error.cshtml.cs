using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace DiplomacyReader.Web.Pages;

/// <summary>
/// Where a failed request ends, whatever its method: the exception handler runs this page in place of the
/// request with the status it chose (413 for a body too large, 500 for a fault). No antiforgery check here,
/// or a failed POST would become a 400 for want of a token; nothing is stored or changed by this page. The
/// API gets a problem-details body, a person the page. Empty 4xx answers (a 404) come here too, so that
/// every error is a page in the site's layout, with its navigation.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "The page could not be shown. Nothing stored was changed.";

    public IActionResult OnGet(int? status) => Respond(status);

    public IActionResult OnPost(int? status) => Respond(status);

    // After an exception the handler has set the status; after an empty 4xx answer (a page or an API
    // route that is not there) the status-code pages re-execute this page with ?status=.
    private IActionResult Respond(int? reExecutedFor)
    {
        string? path = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        int status = reExecutedFor is >= 400 and < 600 ? reExecutedFor.Value
            : HttpContext.Response.StatusCode is >= 400 and var set ? set : StatusCodes.Status500InternalServerError;
        Title = status == StatusCodes.Status404NotFound ? "Not found" : "Something went wrong";
        Message = status switch
        {
            StatusCodes.Status404NotFound => "There is no page at this address. The overview, the statements and search are linked above.",
            StatusCodes.Status413PayloadTooLarge => "The upload is larger than this site accepts in one request. Send fewer or smaller files.",
            StatusCodes.Status400BadRequest => "The request could not be understood (a form sent without its token, or cut short). Go back and try again.",
            StatusCodes.Status403Forbidden => "This needs the admin key.",
            StatusCodes.Status405MethodNotAllowed => "This address does not take that kind of request.",
            _ => Message,
        };

        if (path?.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            return new ObjectResult(new ProblemDetails { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = Message, Instance = path })
            {
                StatusCode = status,
                ContentTypes = { "application/problem+json" },
            };
        }

        Response.StatusCode = status;
        return Page();
    }
}
