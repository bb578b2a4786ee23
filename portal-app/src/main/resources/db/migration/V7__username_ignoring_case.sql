-- Two accounts whose usernames differ only by case would let "Ann" and "ann" sign in as different people. The
-- candidate import checks for that before it inserts, but two imports at once can both pass that check: the
-- database decides, as it does for the start race.
create unique index app_user_username_lower_key on app_user (lower(username));
