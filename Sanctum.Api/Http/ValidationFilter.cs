namespace Sanctum.Api.Http;

/// <summary>Answers 400 with field errors before the handler runs, so bad input never touches stored data.</summary>
public static class ValidationFilter
{
    public static TBuilder WithValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var errors = new ValidationErrors();
            foreach (var argument in context.Arguments.OfType<IValidatedRequest>()) argument.Validate(errors);
            return errors.AsProblem() ?? await next(context);
        });
}
