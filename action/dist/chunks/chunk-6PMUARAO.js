import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  isIsoDate
} from "./chunk-3LIYO7YQ.js";

// src/core/tally/roster.ts
var loginKey = (login) => login.toLowerCase();
function problemWith(member) {
  const where = `roster entry at line ${member.line}`;
  if (typeof member.login !== "string" || member.login.trim() === "") return `${where} has no login`;
  if (!isIsoDate(member.termStart)) return `${where} (${member.login}): term start "${member.termStart}" is not a YYYY-MM-DD date`;
  if (!isIsoDate(member.termEnd)) return `${where} (${member.login}): term end "${member.termEnd}" is not a YYYY-MM-DD date`;
  if (member.termStart > member.termEnd) {
    return `${where} (${member.login}): term ends (${member.termEnd}) before it starts (${member.termStart})`;
  }
  return void 0;
}
function covers(member, today) {
  return member.termStart <= today && today <= member.termEnd;
}
function describeInactive(entries, today) {
  const future = entries.filter((m) => m.termStart > today).map((m) => m.termStart).sort();
  if (future[0]) return `term starts ${future[0]}`;
  const ended = entries.map((m) => m.termEnd).sort();
  return `term ended ${ended[ended.length - 1] ?? "?"}`;
}
function readRoster(roster, today) {
  if (!isIsoDate(today)) return { ok: false, reason: `today's date "${today}" is not a YYYY-MM-DD date` };
  const grouped = /* @__PURE__ */ new Map();
  for (const member of roster) {
    const problem = problemWith(member);
    if (problem) return { ok: false, reason: problem };
    const key = loginKey(member.login);
    const entries = grouped.get(key);
    if (entries) entries.push(member);
    else grouped.set(key, [member]);
  }
  const byLogin = /* @__PURE__ */ new Map();
  for (const [key, entries] of grouped) {
    const current = entries.filter((m) => covers(m, today));
    const active = current.length > 0;
    const roles = [...new Set((active ? current : entries).flatMap((m) => m.roles))];
    byLogin.set(key, {
      login: entries[0].login,
      roles,
      active,
      inactiveNote: active ? "" : describeInactive(entries, today)
    });
  }
  return { ok: true, byLogin, order: [...grouped.keys()] };
}

// src/core/tally/latest-review.ts
var VOTE_OF = { APPROVED: "approved", CHANGES_REQUESTED: "changes-requested", DISMISSED: "dismissed" };
function time(review) {
  const ms = review.submittedAt === null ? Number.NaN : Date.parse(review.submittedAt);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}
function latestReviews(reviews) {
  const groups = /* @__PURE__ */ new Map();
  for (const review of reviews) {
    if (review.state === "PENDING") continue;
    const key = `${review.isBot ? "bot" : "human"}:${loginKey(review.author)}`;
    const group = groups.get(key);
    if (group) group.push(review);
    else groups.set(key, [review]);
  }
  const result = [];
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => time(a) - time(b));
    const deciding = ordered.filter((r) => r.state !== "COMMENTED").at(-1);
    const first = group[0];
    if (deciding && deciding.state !== "COMMENTED" && deciding.state !== "PENDING") {
      result.push({ login: first.author, isBot: first.isBot, vote: VOTE_OF[deciding.state], review: deciding });
    } else {
      result.push({ login: first.author, isBot: first.isBot, vote: "commented", review: void 0 });
    }
  }
  return result;
}

// src/core/tally/rows.ts
function approvalRow(voter, effective, ctx) {
  const base = { login: voter.login, roles: voter.roles, standing: "active", vote: "approved", isAuthor: false };
  const oid = effective.review?.commitOid ?? null;
  const changed = oid === null || ctx.contentChangedSince(oid);
  if (changed === false) return { ...base, counted: true, note: "" };
  const what = typeof changed === "string" ? changed : "content";
  if (ctx.policy.staleApprovals === "count") {
    return { ...base, counted: true, note: `${what} changed after this approval (counted: staleApprovals is "count")` };
  }
  return {
    ...base,
    counted: false,
    note: oid === null ? "stale: the approved commit is unknown" : `stale: ${what} changed after this approval`
  };
}
var NOTE_FOR = {
  "changes-requested": "requested changes",
  dismissed: "review dismissed: approve again to vote",
  commented: "commented only",
  none: ""
};
function memberRow(voter, effective, ctx) {
  const isAuthor = loginKey(voter.login) === loginKey(ctx.prAuthor);
  if (isAuthor) {
    const base = { login: voter.login, roles: voter.roles, standing: "active", isAuthor };
    if (ctx.policy.authorApproves) return { ...base, vote: "approved", counted: true, note: "PR author: counts as approving" };
    return {
      ...base,
      vote: effective?.vote ?? "none",
      counted: false,
      note: "PR author: cannot approve their own PR (authorApproves is off)"
    };
  }
  if (effective?.vote === "approved") return approvalRow(voter, effective, ctx);
  const vote = effective?.vote ?? "none";
  return { login: voter.login, roles: voter.roles, standing: "active", vote, counted: false, note: NOTE_FOR[vote], isAuthor };
}
function outsiderRow(effective, voter, prAuthor, botAuthor) {
  const authorKey = effective.isBot ? botAuthor : prAuthor;
  const isAuthor = authorKey !== void 0 && authorKey !== "" && loginKey(effective.login) === loginKey(authorKey);
  const common = { login: effective.login, vote: effective.vote, counted: false, isAuthor };
  if (effective.isBot) return { ...common, roles: [], standing: "bot", note: "bot: never counted" };
  if (voter) return { ...common, roles: voter.roles, standing: "inactive", note: `${voter.inactiveNote}: not counted` };
  return { ...common, roles: [], standing: "non-member", note: "not on the roster: not counted" };
}
function botAuthorRow(login) {
  return { login, roles: [], standing: "bot", vote: "none", counted: false, note: "bot: opened the PR, never counted", isAuthor: true };
}

// src/core/tally/describe.ts
function describeBoardReason(reason) {
  switch (reason.kind) {
    case "outside-goals-label":
      return `the PR has the label "${reason.label}" (outside the agreed goals)`;
    case "outside-goals-flag":
      return `${reason.file} is marked outside the agreed goals`;
    case "sponsor":
      return `${reason.file} is a sponsor campaign (${reason.sponsor})`;
  }
}
function voteHeadline(tally2) {
  const what = tally2.membershipVote ? "Membership vote" : "Vote";
  switch (tally2.status) {
    case "passed":
      return `${what} passed: ${tally2.approvals} of ${tally2.active} active members approve (quorum ${tally2.quorum})`;
    case "failed-closed":
      return `${what} cannot be counted: ${tally2.reason}`;
    case "pending": {
      const needs = [];
      if (tally2.approvalsNeeded > 0) {
        needs.push(`${tally2.approvalsNeeded} more approval${tally2.approvalsNeeded === 1 ? "" : "s"}`);
      }
      if (tally2.boardNeeded) needs.push("the board liaison's approval");
      return `${what} pending: needs ${needs.join(" and ")} (${tally2.approvals} of ${tally2.quorum} approvals so far)`;
    }
  }
}

// src/core/tally/index.ts
function tally(input) {
  const membershipVote = input.membershipVote;
  const reasons = input.membershipReasons && input.membershipReasons.length > 0 ? { membershipReasons: input.membershipReasons } : {};
  const failed = (reason, fix) => ({
    status: "failed-closed",
    reason,
    membershipVote,
    ...reasons,
    rows: [],
    ...fix ? { fix } : {}
  });
  if (input.rosterError !== void 0) return failed(`the roster cannot be used: ${input.rosterError}`);
  if (input.uncovered && input.uncovered.length > 0) return failed(uncoveredReason(input.uncovered), UNCOVERED_FIX);
  const roster = readRoster(input.roster, input.today);
  if (!roster.ok) return failed(`the roster is invalid: ${roster.reason}`);
  const effective = latestReviews(input.reviews);
  const humanVote = new Map(effective.filter((e) => !e.isBot).map((e) => [loginKey(e.login), e]));
  const prAuthor = input.prAuthorIsBot ? "" : input.prAuthor;
  const ctx = { policy: input.policy, prAuthor, contentChangedSince: input.contentChangedSince };
  const activeVoters = roster.order.map((key) => roster.byLogin.get(key)).filter((v) => v.active);
  if (activeVoters.length === 0) {
    return failed(`no roster member's term covers ${input.today}, so nobody can vote (renew terms on the default branch)`);
  }
  const memberRows = activeVoters.map((voter) => memberRow(voter, humanVote.get(loginKey(voter.login)), ctx));
  const outsiderRows = effective.filter((e) => e.isBot || !roster.byLogin.get(loginKey(e.login))?.active).map(
    (e) => outsiderRow(
      e,
      e.isBot ? void 0 : roster.byLogin.get(loginKey(e.login)),
      prAuthor,
      input.prAuthorIsBot ? input.prAuthor : void 0
    )
  );
  const botAuthor = input.prAuthorIsBot && !outsiderRows.some((r) => r.isAuthor) ? [botAuthorRow(input.prAuthor)] : [];
  const rows = [...memberRows, ...outsiderRows, ...botAuthor];
  const active = activeVoters.length;
  const quorum = Math.floor(active / 2) + 1;
  const approvals = memberRows.filter((r) => r.counted).length;
  let board = { required: false };
  if (input.needsBoard.length > 0) {
    const liaisonRows = memberRows.filter((r) => r.roles.includes("board-liaison"));
    if (liaisonRows.length === 0) {
      const why = input.needsBoard.map(describeBoardReason).join("; ");
      return failed(`the board liaison's approval is required (${why}) but no board liaison's term covers ${input.today}`);
    }
    const approvedBy = liaisonRows.find((r) => r.counted)?.login;
    board = { required: true, reasons: input.needsBoard, liaisons: liaisonRows.map((r) => r.login), approvedBy };
  }
  const boardNeeded = board.required && board.approvedBy === void 0;
  const counts = { membershipVote, ...reasons, rows, active, quorum, approvals, board };
  if (approvals >= quorum && !boardNeeded) return { status: "passed", ...counts };
  return {
    status: "pending",
    ...counts,
    approvalsNeeded: Math.max(0, quorum - approvals),
    canStillVote: memberRows.filter((r) => !r.counted && !r.isAuthor).map((r) => r.login),
    boardNeeded
  };
}
var UNCOVERED_FIX = "Move those changes to a PR of their own, reviewed the way code is, or name them in `approval.reviewed_elsewhere` in `.github/herald.yml` on the default branch.";
function uncoveredReason(paths) {
  const shown = paths.slice(0, 10).join(", ");
  const more = paths.length > 10 ? ` and ${paths.length - 10} more` : "";
  return `this PR changes ${shown}${more}: Herald's vote covers posts and the config only`;
}

export {
  describeBoardReason,
  voteHeadline,
  loginKey,
  readRoster,
  latestReviews,
  tally
};
