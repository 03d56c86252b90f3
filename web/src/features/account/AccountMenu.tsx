// The account menu in the top bar: who is signed in, change password, sign out here or everywhere.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { setAntiforgeryToken } from '../../api/http';
import { navigate } from '../../app/router';
import { keys } from '../../app/server/keys';
import { Avatar } from '../../ui/Avatar';
import { MenuButton } from '../../ui/MenuButton';
import { useAccount, type Account } from './account';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import styles from './AccountMenu.module.css';

export function AccountMenu() {
  const account = useAccount();
  const queryClient = useQueryClient();
  // An account without a password (signed in by the first-start link) is asked to choose one straight away.
  const [dialog, setDialog] = useState(() => account !== null && account.accounts && (!account.passwordSet || account.signedInWithLink));
  if (!account?.accounts) return null;

  const leave = async (everywhere: boolean) => {
    try {
      await (everywhere ? api.account.signOutEverywhere() : api.account.signOut());
    } finally {
      setAntiforgeryToken(undefined);
      queryClient.clear();
      navigate('/signin', { replace: true });
    }
  };
  const changed = (next: Account) => {
    setAntiforgeryToken(next.antiforgeryToken);
    queryClient.setQueryData(keys.account(), next);
  };

  return (
    <>
      {!account.passwordSet && (
        <button type="button" className={`btn btn-sm ${styles.nudge}`} onClick={() => setDialog(true)}>Choose a password</button>
      )}
      <MenuButton
        label={`Account: ${account.displayName}`}
        buttonClassName={styles.trigger}
        namedByContent
        items={[
          { label: account.passwordSet && !account.signedInWithLink ? 'Change password' : 'Choose a password', onSelect: () => setDialog(true) },
          { label: 'Sign out', onSelect: () => { void leave(false); }, separatorBefore: true },
          { label: 'Sign out everywhere', onSelect: () => { void leave(true); }, danger: true },
        ]}
      >
        <Avatar name={account.displayName} color="#2f5bd3" size={28} decorative />
        <span className="visually-hidden">Account: </span>
        <span className={styles.name}>{account.displayName}</span>
      </MenuButton>
      <ChangePasswordDialog open={dialog} firstPassword={!account.passwordSet || account.signedInWithLink} onClose={() => setDialog(false)} onChanged={changed} />
    </>
  );
}
