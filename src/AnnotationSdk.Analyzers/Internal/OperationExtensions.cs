using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Internal
{
    internal static class OperationExtensions
    {
        /// <summary>The operation under any implicit or explicit conversions and parentheses.</summary>
        public static IOperation? WithoutConversions(this IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            while (operation is IParenthesizedOperation parenthesized)
            {
                operation = parenthesized.Operand;
            }

            return operation;
        }

        /// <summary>The nearest parent that is not a conversion or parentheses.</summary>
        public static IOperation? ParentWithoutConversions(this IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation || parent is IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            return parent;
        }

        /// <summary>
        /// True when this value is only tested, not used: compared with null, matched by a pattern, or the receiver
        /// of a null-conditional access. Such a read is itself the check a rule asks for.
        /// </summary>
        public static bool IsTestedForNull(this IOperation operation)
        {
            var parent = operation.ParentWithoutConversions();
            switch (parent)
            {
                case IConditionalAccessOperation conditional:
                    return conditional.Operation.WithoutConversions() == operation;
                case IIsPatternOperation _:
                case ICoalesceOperation _:
                case ISwitchExpressionOperation _:
                case ISwitchOperation _:
                    return true;
                case IBinaryOperation binary:
                    return IsNullLiteral(binary.LeftOperand) || IsNullLiteral(binary.RightOperand);
                default:
                    return false;
            }
        }

        /// <summary>True when this property reference is the receiver of an assignment, not a read.</summary>
        public static bool IsAssignmentTarget(this IOperation operation) =>
            operation.Parent is IAssignmentOperation assignment && assignment.Target == operation;

        private static bool IsNullLiteral(IOperation operand) =>
            operand.WithoutConversions() is ILiteralOperation literal
            && literal.ConstantValue.HasValue
            && literal.ConstantValue.Value is null;
    }
}
