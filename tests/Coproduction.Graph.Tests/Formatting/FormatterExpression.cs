using System.Globalization;

namespace Coproduction.Graph.Formatting;

/// <summary>
/// Evaluates the part of SharePoint's Excel-style formatter expressions the formatters use
/// (<c>=if(a, b, c)</c>, <c>==</c>, <c>&gt;</c>, <c>+</c>, <c>toString()</c>, quoted text, numbers,
/// <c>@currentField</c>), so that a test can say what a person sees for each value.
/// </summary>
internal sealed class FormatterExpression
{
    private readonly string _text;
    private readonly object? _currentField;
    private int _at;

    private FormatterExpression(string text, object? currentField)
    {
        _text = text;
        _currentField = currentField;
    }

    public static object? Evaluate(string expression, object? currentField)
    {
        if (!expression.StartsWith('='))
        {
            return expression == "@currentField" ? currentField : expression;
        }

        var parser = new FormatterExpression(expression[1..], currentField);
        var value = parser.Sum();
        parser.Space();
        return parser._at == parser._text.Length ? value : throw new FormatException($"Unread: '{parser._text[parser._at..]}' in {expression}");
    }

    private object? Sum()
    {
        var left = Comparison();
        while (Take("+"))
        {
            var right = Comparison();
            left = left is double a && right is double b ? a + b : Text(left) + Text(right);
        }

        return left;
    }

    private object? Comparison()
    {
        var left = Primary();
        if (Take("=="))
        {
            return Equals(left, Primary());
        }

        return Take(">") ? Number(left) > Number(Primary()) : left;
    }

    /// <summary>A value as a number, as the formatter's expressions take one: empty text is 0 (both branches of an if are worked out here).</summary>
    private static double Number(object? value) => value is string { Length: 0 } or null ? 0 : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private object? Primary()
    {
        Space();
        if (Take("if("))
        {
            var condition = Sum();
            Expect(",");
            var then = Sum();
            Expect(",");
            var otherwise = Sum();
            Expect(")");
            return Truthy(condition) ? then : otherwise;
        }

        if (Take("toString("))
        {
            var value = Sum();
            Expect(")");
            return Text(value);
        }

        if (Take("@currentField"))
        {
            return _currentField;
        }

        if (Take("'"))
        {
            var text = new System.Text.StringBuilder();
            while (_text[_at] != '\'')
            {
                text.Append(_text[_at] == '\\' ? _text[++_at] : _text[_at]);
                _at++;
            }

            _at++;
            return text.ToString();
        }

        var start = _at;
        while (_at < _text.Length && (char.IsDigit(_text[_at]) || _text[_at] == '.'))
        {
            _at++;
        }

        return start < _at ? double.Parse(_text[start.._at], CultureInfo.InvariantCulture) : throw new FormatException($"Unexpected '{_text[_at..]}'");
    }

    private static bool Truthy(object? value) => value switch
    {
        bool b => b,
        double d => d != 0,
        string s => s.Length > 0,
        _ => false,
    };

    private static string Text(object? value) => value switch
    {
        double d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => value?.ToString() ?? string.Empty,
    };

    private void Space()
    {
        while (_at < _text.Length && _text[_at] == ' ')
        {
            _at++;
        }
    }

    private bool Take(string token)
    {
        Space();
        if (string.CompareOrdinal(_text, _at, token, 0, token.Length) != 0)
        {
            return false;
        }

        _at += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!Take(token))
        {
            throw new FormatException($"Expected '{token}' at '{_text[_at..]}'");
        }
    }
}
