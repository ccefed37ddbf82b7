namespace DiplomacyReader.Web.Infrastructure;

/// <summary>
/// The status for a request body that could not be read: 413 past a size limit, 400 when the client sent
/// something that is not what it claims (a multipart body cut short or without its boundary). Anything else
/// is a fault of the server's: 500.
/// </summary>
public static class RequestBodyErrors
{
    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException tooLong when tooLong.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status413PayloadTooLarge,
        InvalidDataException => StatusCodes.Status400BadRequest,
        IOException cut when cut.Message.Contains("end of Stream", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status400BadRequest,
        { InnerException: Exception inner } when exception is Microsoft.AspNetCore.Mvc.ModelBinding.ValueProviderException => StatusOf(inner),
        _ => StatusCodes.Status500InternalServerError,
    };
}
