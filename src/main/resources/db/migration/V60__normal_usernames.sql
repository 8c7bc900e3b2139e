-- User names are kept in one normal form (account/Usernames: NFKC and a case fold), and looked up by
-- equality. Names so far were ASCII letters, digits and . _ @ - (the form refused anything else), and no
-- two differed only in case (the form checked), so lower case is their normal form and cannot collide.
update user_account set username = lower(username);
