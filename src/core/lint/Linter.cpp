#include "lint/Linter.h"

namespace spfm::lint {

QByteArray stateName(TreeNode::State state)
{
    switch (state) {
    case TreeNode::State::Ok: return "ok";
    case TreeNode::State::NoRecord: return "no-record";
    case TreeNode::State::MultipleRecords: return "multiple-records";
    case TreeNode::State::SyntaxError: return "syntax-error";
    case TreeNode::State::DnsError: return "dns-error";
    case TreeNode::State::Loop: return "loop";
    case TreeNode::State::Unresolved: return "unresolved";
    case TreeNode::State::NotWalked: return "not-walked";
    case TreeNode::State::Pending: return "pending";
    }
    return "ok";
}

QJsonObject LintReport::toJson() const
{
    return {};
}

Diagnostics lintRecordText(QByteArrayView, const LintOptions &)
{
    return {};
}

Diagnostics lintRecordStrings(const QList<QByteArray> &, const LintOptions &)
{
    return {};
}

LintReport lintRecordTree(QByteArrayView, QByteArrayView, dns::Resolver &, const LintOptions &)
{
    return {};
}

LintReport lintDomain(QByteArrayView, dns::Resolver &, const LintOptions &)
{
    return {};
}

} // namespace spfm::lint
