// The Slack app manifest agrees with the adapter: the slash command it listens to, the
// events it handles, the scopes of the Web API methods it calls, and Slack's length rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../src/adapters/slack/manifest.json', import.meta.url), 'utf8')) as {
  display_information: { name: string; description: string; long_description: string };
  features: {
    app_home: Record<string, boolean>;
    bot_user: { display_name: string };
    slash_commands: Array<{ command: string; usage_hint: string; description: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
};

describe('Slack app manifest', () => {
  it('names the app Duban 督办 within Slack’s length limits', () => {
    const info = manifest.display_information;
    expect(info.name).toBe('Duban 督办');
    expect(manifest.features.bot_user.display_name).toBe('Duban 督办');
    expect(info.name.length).toBeLessThanOrEqual(35);
    expect(info.description.length).toBeLessThanOrEqual(140);
    expect(info.long_description.length).toBeGreaterThanOrEqual(174);
    expect(info.long_description.length).toBeLessThanOrEqual(4000);
  });

  it('declares the slash command the adapter listens to by default, with a usage hint', () => {
    const [command] = manifest.features.slash_commands;
    expect(command!.command).toBe('/duban');
    expect(command!.usage_hint).toContain('item 92');
    expect(command!.description.length).toBeLessThanOrEqual(100);
  });

  it('subscribes to exactly the events the adapter handles, with interactivity and Socket Mode on', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('asks for the scopes of every Web API method and event the adapter uses, and no more', () => {
    const needed = {
      commands: 'the slash command',
      'chat:write': 'chat.postMessage, chat.update',
      'im:history': 'message.im events',
      'im:read': 'DM channel info',
      'im:write': 'conversations.open',
      'app_mentions:read': 'app_mention events',
      'files:write': 'files.uploadV2',
      'users:read': 'users.info (locale)',
    };
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(Object.keys(needed).sort());
  });
});
