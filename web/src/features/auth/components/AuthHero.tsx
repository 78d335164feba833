import AutoAwesomeOutlinedIcon from '@mui/icons-material/AutoAwesomeOutlined';
import BoltOutlinedIcon from '@mui/icons-material/BoltOutlined';
import TranslateOutlinedIcon from '@mui/icons-material/TranslateOutlined';
import { Box, Stack, type SxProps, type Theme, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../../components/BrandMark';
import { IconTile } from '../../../components/IconTile';
import { BRAND_ACCENT_GRADIENT } from '../../../theme';

const FEATURES = [
  { icon: <BoltOutlinedIcon />, title: 'auth.hero.realtime.title', text: 'auth.hero.realtime.text' },
  { icon: <AutoAwesomeOutlinedIcon />, title: 'auth.hero.assistant.title', text: 'auth.hero.assistant.text' },
  { icon: <TranslateOutlinedIcon />, title: 'auth.hero.bilingual.title', text: 'auth.hero.bilingual.text' },
] as const;

/** A soft white circle behind the panel's content. */
function Bubble({ size, opacity, sx }: { size: number; opacity: number; sx: SxProps<Theme> }) {
  return (
    <Box
      aria-hidden="true"
      sx={[{ position: 'absolute', width: size, height: size, borderRadius: '50%', background: alpha('#FFFFFF', opacity) }, ...[sx].flat()]}
    />
  );
}

/** The welcoming side panel of the auth pages on wide screens. */
export function AuthHero() {
  const { t } = useTranslation();
  return (
    <Box
      sx={{
        position: 'relative',
        overflow: 'hidden',
        height: '100%',
        borderRadius: '28px',
        p: 5,
        color: '#FFFFFF',
        background: BRAND_ACCENT_GRADIENT,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        gap: 5,
        boxShadow: '0 30px 60px -30px rgba(76, 52, 140, 0.55)',
      }}
    >
      <Bubble size={340} opacity={0.12} sx={{ right: -120, top: -120 }} />
      <Bubble size={220} opacity={0.08} sx={{ left: -80, bottom: -90 }} />
      <Box sx={{ position: 'relative', display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <BrandMark size={44} sx={{ filter: 'drop-shadow(0 6px 14px rgba(0,0,0,0.15))' }} />
        <Typography sx={{ fontWeight: 700, fontSize: '1.15rem' }}>{t('app.name')}</Typography>
      </Box>
      <Box sx={{ position: 'relative' }}>
        <Typography component="p" sx={{ fontSize: '2.1rem', fontWeight: 800, lineHeight: 1.2, letterSpacing: '-0.02em', mb: 2 }}>
          {t('auth.hero.title')}
        </Typography>
        <Typography sx={{ opacity: 0.9, fontSize: '1.05rem', maxWidth: 440 }}>{t('auth.hero.subtitle')}</Typography>
      </Box>
      <Stack component="ul" spacing={2.25} sx={{ position: 'relative', listStyle: 'none', m: 0, p: 0 }}>
        {FEATURES.map((feature) => (
          <Box component="li" key={feature.title} sx={{ display: 'flex', gap: 1.75, alignItems: 'flex-start' }}>
            <IconTile size={40} radius={12} colour="inherit" background={alpha('#FFFFFF', 0.18)}>
              {feature.icon}
            </IconTile>
            <Box>
              <Typography sx={{ fontWeight: 700 }}>{t(feature.title)}</Typography>
              <Typography variant="body2" sx={{ opacity: 0.88 }}>
                {t(feature.text)}
              </Typography>
            </Box>
          </Box>
        ))}
      </Stack>
    </Box>
  );
}
