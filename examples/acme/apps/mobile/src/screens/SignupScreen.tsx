import React from 'react';
import { Button, View } from 'react-native';
import { mixpanel } from '../analytics';

type Plan = 'free' | 'pro' | 'enterprise';

export function SignupScreen({ onDone }: { onDone: (userId: string) => void }) {
  const finish = async (userId: string, plan: Plan) => {
    await mixpanel.identify(userId);
    // trackplan: deprecated spelling; the plan replaced it with `User signs up` (no-deprecated-event)
    mixpanel.track('User Signs Up', { plan });
    onDone(userId);
  };
  return (
    <View>
      <Button title="Create account" onPress={() => finish('b3c1e0de-0000-4000-8000-000000000001', 'free')} />
    </View>
  );
}
