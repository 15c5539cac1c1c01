using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Rectify.Platform.Web;

/// <summary>
/// The framework's own model-binding messages ("The value '2026-02-30' is not valid for ProgressOn.") in Chinese.
/// The field's own label stands beside the message on the page, so the message quotes the value, not the field.
/// </summary>
public static class ChineseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => string.Format(PlatformErrors.ValueInvalid, value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => string.Format(PlatformErrors.ValueInvalid, value));
        messages.SetUnknownValueIsInvalidAccessor(_ => PlatformErrors.ValueUnreadable);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => PlatformErrors.ValueUnreadable);
        messages.SetValueIsInvalidAccessor(value => string.Format(PlatformErrors.ValueInvalid, value));
        messages.SetValueMustBeANumberAccessor(_ => PlatformErrors.NumberRequired);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => PlatformErrors.NumberRequired);
        messages.SetValueMustNotBeNullAccessor(_ => PlatformErrors.ValueRequired);
        messages.SetMissingBindRequiredValueAccessor(_ => PlatformErrors.ValueRequired);
        messages.SetMissingKeyOrValueAccessor(() => PlatformErrors.ValueRequired);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => PlatformErrors.BodyRequired);
    }
}
