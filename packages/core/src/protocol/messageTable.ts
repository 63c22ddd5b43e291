/**
 * The v2 → v3 table as data, generated from Euler's v2 schema
 * (@eulerstream/euler-websocket-sdk 0.0.6) and tiktok-live-proto 0.2.4's
 * v3 schema by `pnpm --filter @tiktok-live-rx/protocol-conformance generate:table`.
 * Do not edit by hand: change the generator (packages/protocol-conformance) and
 * re-run it. `messageSpecs.ts` compiles it; the differential test checks it.
 *
 * Per struct (id = Euler's v2 struct name, `>V3Name` when it maps to several):
 * - `rename`: v2 name → v3 name of the same field (same number, compatible type);
 * - `fields`: converters keyed by v3 name: `str` (int32 → int64: number → decimal
 *   string), `num` (int64 → int32), `strList` (string → one-element list),
 *   `struct` (apply another struct's rules), `list` / `values` (each element /
 *   map value), `entries` (v2 map `{[k]: v}` → v3 repeated `{key, value}` under
 *   v3's two field names);
 * - `collide`: renamed v2 names that v3 uses for a different field of the same
 *   struct; renamed only on objects that are certainly v2 (a v2-only renamed key
 *   present, no rename target present), so v3 input is never renamed twice.
 * Fields and structs not named here need nothing and pass through unchanged.
 */
import type { TableStruct } from './messageTableTypes.js';

export type { TableConverter, TableStruct } from './messageTableTypes.js';

/** The struct of each covered wire type. */
export const MESSAGE_TYPES: Readonly<Record<string, string>> = {
  "WebcastChatMessage": "WebcastChatMessage",
  "WebcastGiftMessage": "WebcastGiftMessage",
  "WebcastLikeMessage": "WebcastLikeMessage",
  "WebcastMemberMessage": "WebcastMemberMessage",
  "WebcastSocialMessage": "WebcastSocialMessage",
  "WebcastRoomUserSeqMessage": "WebcastRoomUserSeqMessage",
  "WebcastControlMessage": "WebcastControlMessage",
  "WebcastSubNotifyMessage": "WebcastSubNotifyMessage",
  "WebcastEmoteChatMessage": "WebcastEmoteChatMessage",
  "WebcastEnvelopeMessage": "WebcastEnvelopeMessage",
  "WebcastQuestionNewMessage": "WebcastQuestionNewMessage",
  "WebcastLinkMicBattle": "WebcastLinkMicBattle",
  "WebcastLinkMicArmies": "WebcastLinkMicArmies"
};

/** Every struct that needs a rename or a conversion (directly or below it). */
export const STRUCTS: Readonly<Record<string, TableStruct>> = {
  "BadgeStruct": {
    "rename": {
      "badgeDisplayType": "displayType",
      "badgePriorityType": "priorityType",
      "badgeScene": "sceneType",
      "schemaUrl": "openweburl",
      "logExtra": "privilegeLogExtra"
    },
    "fields": {
      "image": {
        "struct": "BadgeStruct_ImageBadge"
      },
      "text": {
        "struct": "BadgeStruct_TextBadge"
      },
      "str": {
        "struct": "BadgeStruct_StringBadge"
      },
      "combine": {
        "struct": "BadgeStruct_CombineBadge"
      }
    }
  },
  "BadgeStruct_ArrowConfig": {
    "rename": {},
    "fields": {
      "icon": {
        "struct": "Image"
      }
    }
  },
  "BadgeStruct_CombineBadge": {
    "rename": {
      "badgeDisplayType": "displayType",
      "bgAutoMirrored": "backgroundAutoMirrored",
      "rankListOnlineAudienceShowStyle": "ranklistOnlineAudienceShowStyle"
    },
    "fields": {
      "icon": {
        "struct": "Image"
      },
      "text": {
        "struct": "BadgeStruct_TextBadge"
      },
      "profileCardPanel": {
        "struct": "BadgeStruct_ProfileCardPanel"
      },
      "background": {
        "struct": "BadgeStruct_CombineBadgeBackground"
      },
      "backgroundDarkMode": {
        "struct": "BadgeStruct_CombineBadgeBackground"
      },
      "arrowConfig": {
        "struct": "BadgeStruct_ArrowConfig"
      }
    }
  },
  "BadgeStruct_CombineBadgeBackground": {
    "rename": {},
    "fields": {
      "image": {
        "struct": "Image"
      }
    }
  },
  "BadgeStruct_IconConfig": {
    "rename": {},
    "fields": {
      "icon": {
        "struct": "Image"
      },
      "background": {
        "struct": "BadgeStruct_CombineBadgeBackground"
      }
    }
  },
  "BadgeStruct_ImageBadge": {
    "rename": {
      "badgeDisplayType": "displayType"
    },
    "fields": {
      "image": {
        "struct": "Image"
      }
    }
  },
  "BadgeStruct_NumberConfig": {
    "rename": {},
    "fields": {
      "background": {
        "struct": "BadgeStruct_CombineBadgeBackground"
      }
    }
  },
  "BadgeStruct_ProfileCardPanel": {
    "rename": {},
    "fields": {
      "projectionConfig": {
        "struct": "BadgeStruct_ProjectionConfig"
      },
      "profileContent": {
        "struct": "BadgeStruct_ProfileContent"
      }
    }
  },
  "BadgeStruct_ProfileContent": {
    "rename": {},
    "fields": {
      "iconList": {
        "list": {
          "struct": "BadgeStruct_IconConfig"
        }
      },
      "numberConfig": {
        "struct": "BadgeStruct_NumberConfig"
      }
    }
  },
  "BadgeStruct_ProjectionConfig": {
    "rename": {},
    "fields": {
      "icon": {
        "struct": "Image"
      }
    }
  },
  "BadgeStruct_StringBadge": {
    "rename": {
      "badgeDisplayType": "displayType"
    },
    "fields": {}
  },
  "BadgeStruct_TextBadge": {
    "rename": {
      "badgeDisplayType": "displayType"
    },
    "fields": {}
  },
  "BattleSetting": {
    "rename": {},
    "fields": {
      "giftModeMeta": {
        "struct": "GiftModeMeta"
      }
    }
  },
  "BattleTeamUserArmies": {
    "rename": {
      "teamUsers": "teamUser"
    },
    "fields": {
      "userArmies": {
        "struct": "BattleUserArmies"
      }
    }
  },
  "BattleUserArmies": {
    "rename": {
      "userArmy": "userArmies",
      "hostScore": "hostscore"
    },
    "fields": {
      "userArmies": {
        "list": {
          "struct": "BattleUserArmy"
        }
      }
    }
  },
  "BattleUserArmy": {
    "rename": {},
    "fields": {
      "avatarThumb": {
        "struct": "Image"
      }
    }
  },
  "BorderInfo": {
    "rename": {
      "borderLogExtra": "borderPrivilegeLogExtra",
      "ribbonLogExtra": "profilePrivilegeLogExtra"
    },
    "fields": {
      "icon": {
        "struct": "Image"
      },
      "profileDecorationRibbon": {
        "struct": "Image"
      }
    }
  },
  "CommonMessageData": {
    "rename": {
      "filterMsgTagsList": "filterMsgTags"
    },
    "fields": {
      "displayText": {
        "struct": "Text"
      }
    }
  },
  "Emote": {
    "rename": {},
    "fields": {
      "image": {
        "struct": "Image"
      },
      "emoteUploadInfo": {
        "struct": "Emote_EmoteUploadInfo"
      }
    }
  },
  "EmoteDetails": {
    "rename": {},
    "fields": {
      "image": {
        "struct": "EmoteImage"
      }
    }
  },
  "EmoteImage": {
    "rename": {
      "imageUrl": "urlList"
    },
    "fields": {
      "urlList": "strList"
    }
  },
  "Emote_EmoteUploadInfo": {
    "rename": {},
    "fields": {
      "userInfo": {
        "struct": "User"
      }
    }
  },
  "FansClubData": {
    "rename": {},
    "fields": {
      "badge": {
        "struct": "FansClubData_UserBadge"
      }
    }
  },
  "FansClubData_UserBadge": {
    "rename": {},
    "fields": {
      "icons": {
        "values": {
          "struct": "Image"
        }
      }
    }
  },
  "FansClubData_UserBadge_IconsEntry": {
    "rename": {},
    "fields": {
      "value": {
        "struct": "Image"
      }
    }
  },
  "FansClubMember": {
    "rename": {},
    "fields": {
      "data": {
        "struct": "FansClubData"
      },
      "preferData": {
        "values": {
          "struct": "FansClubData"
        }
      }
    }
  },
  "FansClubMember_PreferDataEntry": {
    "rename": {},
    "fields": {
      "value": {
        "struct": "FansClubData"
      }
    }
  },
  "Gift": {
    "rename": {
      "giftImage": "image",
      "forLinkMic": "forLinkmic",
      "giftType": "type",
      "giftName": "name"
    },
    "fields": {
      "image": {
        "struct": "Image"
      },
      "giftLabelIcon": {
        "struct": "Image"
      },
      "icon": {
        "struct": "Image"
      },
      "previewImage": {
        "struct": "Image"
      },
      "giftPanelBanner": {
        "struct": "Gift_GiftPanelBanner"
      }
    }
  },
  "GiftModeMeta": {
    "rename": {},
    "fields": {
      "giftIconImage": {
        "struct": "Image"
      },
      "giftModeDesc": {
        "struct": "Text"
      }
    }
  },
  "Gift_GiftPanelBanner": {
    "rename": {
      "bgColors": "bgColorValues"
    },
    "fields": {
      "displayText": {
        "struct": "Text"
      },
      "leftIcon": {
        "struct": "Image"
      },
      "bgImage": {
        "struct": "Image"
      }
    }
  },
  "GradeIcon": {
    "rename": {},
    "fields": {
      "icon": {
        "struct": "Image"
      },
      "iconDiamond": "num",
      "level": "num"
    }
  },
  "Image": {
    "rename": {
      "url": "urlList",
      "mUri": "uri",
      "schema": "openWebUrl"
    },
    "fields": {}
  },
  "ImageModel": {
    "rename": {
      "mUrls": "urlList",
      "mUri": "uri",
      "schema": "openWebUrl"
    },
    "fields": {}
  },
  "PublicAreaCommon": {
    "rename": {},
    "fields": {
      "userLabel": {
        "struct": "Image"
      }
    }
  },
  "PublicAreaMessageCommon": {
    "rename": {},
    "fields": {
      "creatorSuccessInfo": {
        "struct": "PublicAreaMessageCommon_CreatorSuccessInfo"
      }
    }
  },
  "PublicAreaMessageCommon_CreatorSuccessInfo": {
    "rename": {},
    "fields": {
      "tags": {
        "list": {
          "struct": "PublicAreaMessageCommon_TagItem"
        }
      },
      "topic": {
        "struct": "PublicAreaMessageCommon_Topic"
      }
    }
  },
  "PublicAreaMessageCommon_TagItem": {
    "rename": {},
    "fields": {
      "tagText": {
        "struct": "Text"
      }
    }
  },
  "PublicAreaMessageCommon_Topic": {
    "rename": {},
    "fields": {
      "topicText": {
        "struct": "Text"
      },
      "topicTips": {
        "struct": "Text"
      }
    }
  },
  "SpecifiedDisplayText": {
    "rename": {},
    "fields": {
      "displayText": {
        "struct": "Text"
      }
    }
  },
  "Text": {
    "rename": {
      "displayType": "key",
      "piecesList": "pieces"
    },
    "fields": {
      "pieces": {
        "list": {
          "struct": "Text_TextPiece"
        }
      }
    }
  },
  "Text_TextPiece": {
    "rename": {},
    "fields": {
      "userValue": {
        "struct": "Text_TextPieceUser"
      },
      "giftValue": {
        "struct": "Text_TextPieceGift"
      }
    }
  },
  "Text_TextPieceGift": {
    "rename": {},
    "fields": {
      "giftId": "str"
    }
  },
  "Text_TextPieceUser": {
    "rename": {},
    "fields": {
      "user": {
        "struct": "User"
      }
    }
  },
  "User": {
    "rename": {
      "userId": "id",
      "profilePicture": "avatarThumb",
      "profilePictureMedium": "avatarMedium",
      "profilePictureLarge": "avatarLarge",
      "userHonor": "payGrade",
      "userBadges": "realTimeIcons",
      "newUserBadges": "newRealTimeIcons",
      "fanTicketCount": "ticketCount",
      "uniqueId": "displayId",
      "enableShowCommerceSale": "withCommercePermission",
      "payScores": "deprecated21",
      "anchorLevel": "webcastAnchorLevel",
      "authorInfo": "authorStats",
      "rewardInfo": "activityReward",
      "borders": "borderList",
      "badges": "badgeList",
      "backgroundImgUrl": "bgImgUrl",
      "enableCarManagementPermission": "withCarManagementPermission"
    },
    "fields": {
      "avatarThumb": {
        "struct": "Image"
      },
      "avatarMedium": {
        "struct": "Image"
      },
      "avatarLarge": {
        "struct": "Image"
      },
      "badgeImageList": {
        "list": {
          "struct": "Image"
        }
      },
      "payGrade": {
        "struct": "UserHonor"
      },
      "fansClub": {
        "struct": "FansClubMember"
      },
      "border": {
        "struct": "BorderInfo"
      },
      "avatarBorder": {
        "struct": "Image"
      },
      "medal": {
        "struct": "Image"
      },
      "realTimeIcons": {
        "list": {
          "struct": "Image"
        }
      },
      "newRealTimeIcons": {
        "list": {
          "struct": "Image"
        }
      },
      "ownRoom": {
        "struct": "User_OwnRoom"
      },
      "webcastAnchorLevel": {
        "struct": "User_AnchorLevel"
      },
      "topFans": {
        "list": {
          "struct": "User"
        }
      },
      "activityReward": {
        "struct": "User_ActivityInfo"
      },
      "personalCard": {
        "struct": "Image"
      },
      "authenticationInfo": {
        "struct": "User_AuthenticationInfo"
      },
      "mediaBadgeImageList": {
        "list": {
          "struct": "Image"
        }
      },
      "borderList": {
        "list": {
          "struct": "BorderInfo"
        }
      },
      "comboBadgeInfo": {
        "struct": "User_ComboBadgeInfo"
      },
      "subscribeInfo": {
        "struct": "User_SubscribeInfo"
      },
      "badgeList": {
        "list": {
          "struct": "BadgeStruct"
        }
      },
      "fansClubInfo": {
        "struct": "User_FansClubInfo"
      },
      "avatarJpg": {
        "struct": "Image"
      },
      "upcomingEventList": {
        "list": {
          "struct": "User_LiveEventInfo"
        }
      },
      "ecommerceEntrance": {
        "struct": "User_EcommerceEntrance"
      }
    },
    "collide": [
      "fanTicketCount",
      "payScores",
      "anchorLevel"
    ]
  },
  "UserHonor": {
    "rename": {
      "totalDiamond": "deprecated20",
      "currentHonorName": "name",
      "currentHonorIcon": "icon",
      "nextHonorName": "nextName",
      "nextHonorIcon": "nextIcon",
      "currentDiamond": "deprecated23",
      "thisGradeMinDiamond": "deprecated24",
      "thisGradeMaxDiamond": "deprecated25",
      "profileDialogBg": "background",
      "profileDialogBackBg": "backgroundBack"
    },
    "fields": {
      "diamondIcon": {
        "struct": "Image"
      },
      "icon": {
        "struct": "Image"
      },
      "nextIcon": {
        "struct": "Image"
      },
      "gradeIconList": {
        "list": {
          "struct": "GradeIcon"
        }
      },
      "imIcon": {
        "struct": "Image"
      },
      "imIconWithLevel": {
        "struct": "Image"
      },
      "liveIcon": {
        "struct": "Image"
      },
      "newImIconWithLevel": {
        "struct": "Image"
      },
      "newLiveIcon": {
        "struct": "Image"
      },
      "background": {
        "struct": "Image"
      },
      "backgroundBack": {
        "struct": "Image"
      }
    }
  },
  "User_ActivityInfo": {
    "rename": {},
    "fields": {
      "badge": {
        "struct": "Image"
      },
      "storytag": {
        "struct": "Image"
      }
    }
  },
  "User_AnchorLevel": {
    "rename": {},
    "fields": {
      "level": "num",
      "profileDialogBg": {
        "struct": "Image"
      },
      "profileDialogBgBack": {
        "struct": "Image"
      },
      "stageLevel": {
        "struct": "Image"
      },
      "smallIcon": {
        "struct": "Image"
      }
    }
  },
  "User_AuthenticationInfo": {
    "rename": {},
    "fields": {
      "authenticationBadge": {
        "struct": "Image"
      }
    }
  },
  "User_ComboBadgeInfo": {
    "rename": {},
    "fields": {
      "icon": {
        "struct": "Image"
      }
    }
  },
  "User_EcommerceEntrance": {
    "rename": {},
    "fields": {
      "shopEntranceInfo": {
        "struct": "User_EcommerceEntrance_ShopEntranceInfo"
      }
    }
  },
  "User_EcommerceEntrance_ShopEntranceInfo": {
    "rename": {},
    "fields": {
      "storeLabel": {
        "struct": "User_EcommerceEntrance_ShopEntranceInfo_StoreLabel"
      }
    }
  },
  "User_EcommerceEntrance_ShopEntranceInfo_StoreLabel": {
    "rename": {},
    "fields": {
      "officialLabel": {
        "struct": "User_EcommerceEntrance_ShopEntranceInfo_StoreLabel_StoreOfficialLabel"
      }
    }
  },
  "User_EcommerceEntrance_ShopEntranceInfo_StoreLabel_StoreOfficialLabel": {
    "rename": {},
    "fields": {
      "labelType": "num"
    }
  },
  "User_FansClubInfo": {
    "rename": {},
    "fields": {
      "badge": {
        "struct": "Image"
      }
    }
  },
  "User_LiveEventInfo": {
    "rename": {},
    "fields": {
      "payMethod": "num"
    }
  },
  "User_OwnRoom": {
    "rename": {
      "roomIdsList": "roomIds",
      "roomIdsStrList": "roomIdsStr"
    },
    "fields": {}
  },
  "User_SubscribeBadge": {
    "rename": {},
    "fields": {
      "originImg": {
        "struct": "Image"
      },
      "previewImg": {
        "struct": "Image"
      }
    }
  },
  "User_SubscribeInfo": {
    "rename": {},
    "fields": {
      "badge": {
        "struct": "User_SubscribeBadge"
      },
      "subscriberCount": "num"
    }
  },
  "WebcastChatMessage": {
    "rename": {
      "comment": "content",
      "background": "backgroundImage",
      "communityflaggedStatus": "communityFlaggedStatus"
    },
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "user": {
        "struct": "User"
      },
      "backgroundImage": {
        "struct": "ImageModel"
      },
      "backgroundImageV2": {
        "struct": "ImageModel"
      },
      "publicAreaCommon": {
        "struct": "PublicAreaCommon"
      },
      "giftImage": {
        "struct": "ImageModel"
      },
      "atUser": {
        "struct": "User"
      },
      "emotes": {
        "list": {
          "struct": "WebcastSubEmote"
        }
      },
      "publicAreaMessageCommon": {
        "struct": "PublicAreaMessageCommon"
      }
    }
  },
  "WebcastControlMessage": {
    "rename": {},
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "extra": {
        "struct": "WebcastControlMessage_Extra"
      },
      "perceptionDialog": {
        "struct": "WebcastControlMessage_PerceptionDialogInfo"
      },
      "perceptionAudienceText": {
        "struct": "Text"
      },
      "floatText": {
        "struct": "Text"
      }
    }
  },
  "WebcastControlMessage_Extra": {
    "rename": {},
    "fields": {
      "title": {
        "struct": "Text"
      },
      "violationReason": {
        "struct": "Text"
      },
      "content": {
        "struct": "Text"
      },
      "gotItButton": {
        "struct": "Text"
      },
      "banDetailButton": {
        "struct": "Text"
      }
    }
  },
  "WebcastControlMessage_PerceptionDialogInfo": {
    "rename": {},
    "fields": {
      "title": {
        "struct": "Text"
      },
      "subTitle": {
        "struct": "Text"
      },
      "adviceActionText": {
        "struct": "Text"
      },
      "defaultActionText": {
        "struct": "Text"
      }
    }
  },
  "WebcastEmoteChatMessage": {
    "rename": {},
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "user": {
        "struct": "User"
      },
      "emoteList": {
        "list": {
          "struct": "Emote"
        }
      }
    }
  },
  "WebcastEnvelopeMessage": {
    "rename": {},
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "envelopeInfo": {
        "struct": "WebcastEnvelopeMessage_EnvelopeInfo"
      }
    }
  },
  "WebcastEnvelopeMessage_EnvelopeInfo": {
    "rename": {},
    "fields": {
      "sendUserAvatar": {
        "struct": "Image"
      }
    }
  },
  "WebcastGiftMessage": {
    "rename": {
      "giftDetails": "gift",
      "mTrayInfo": "trayInfo",
      "giftExtra": "monitorInfo"
    },
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "giftId": "str",
      "user": {
        "struct": "User"
      },
      "gift": {
        "struct": "Gift"
      },
      "fanTicketCount": "num",
      "toUser": {
        "struct": "User"
      },
      "textEffect": {
        "struct": "WebcastGiftMessage_TextEffect"
      },
      "priority": {
        "struct": "WebcastGiftMessage_GiftIMPriority"
      },
      "publicAreaCommon": {
        "struct": "PublicAreaCommon"
      },
      "trayDisplayText": {
        "struct": "Text"
      },
      "trayInfo": {
        "struct": "WebcastGiftMessage_GiftTrayInfo"
      },
      "monitorInfo": {
        "struct": "WebcastGiftMessage_GiftMonitorInfo"
      },
      "displayTextForAnchor": {
        "struct": "Text"
      },
      "displayTextForAudience": {
        "struct": "Text"
      },
      "giftsInBox": {
        "struct": "WebcastGiftMessage_GiftsBoxInfo"
      },
      "flyingMicResources": {
        "struct": "WebcastGiftMessage_FlyingMicResources"
      },
      "asset": {
        "struct": "WebcastGiftMessage_AssetsModel"
      },
      "flyingMicResourcesV2": {
        "struct": "WebcastGiftMessage_FlyingMicResources"
      },
      "publicAreaMessageCommon": {
        "struct": "PublicAreaMessageCommon"
      }
    }
  },
  "WebcastGiftMessage_AssetsModel": {
    "rename": {
      "resourceModel": "resourceUrl",
      "lokiExtraContent": "lokiContent",
      "resourceByteVC1Model": "resourceBytevc1Url"
    },
    "fields": {
      "lokiContent": {
        "struct": "WebcastGiftMessage_AssetsModel_LokiExtraContent"
      },
      "faceRecognitionArchiveMeta": {
        "struct": "WebcastGiftMessage_AssetsModel_FaceRecognitionMeta"
      }
    }
  },
  "WebcastGiftMessage_AssetsModel_FaceRecognitionMeta": {
    "rename": {
      "requirements": "requirement"
    },
    "fields": {}
  },
  "WebcastGiftMessage_AssetsModel_LokiExtraContent": {
    "rename": {
      "ismultiFrame": "shouldMultiFrame",
      "befViewRenderFPS": "befViewRenderFps"
    },
    "fields": {
      "befViewRenderSize": {
        "struct": "WebcastGiftMessage_AssetsModel_LokiExtraContent_BEFViewRenderSize"
      }
    }
  },
  "WebcastGiftMessage_AssetsModel_LokiExtraContent_BEFViewRenderSize": {
    "rename": {
      "with": "w",
      "height": "h"
    },
    "fields": {}
  },
  "WebcastGiftMessage_FlyingMicResources": {
    "rename": {},
    "fields": {
      "pathImage": {
        "struct": "Image"
      },
      "micImage": {
        "struct": "Image"
      },
      "transitionConfigs": {
        "list": {
          "struct": "WebcastGiftMessage_FlyingMicResources_TransitionConfig"
        }
      }
    }
  },
  "WebcastGiftMessage_FlyingMicResources_TransitionConfig": {
    "rename": {},
    "fields": {
      "resourceImage": {
        "struct": "Image"
      }
    }
  },
  "WebcastGiftMessage_GiftIMPriority": {
    "rename": {
      "queueSizesList": "queueSizes"
    },
    "fields": {
      "priority": "num"
    }
  },
  "WebcastGiftMessage_GiftMonitorInfo": {
    "rename": {
      "profitApiMessageDur": "profitapiMessageDur",
      "sendProfitApiDur": "sendProfitapiDur"
    },
    "fields": {}
  },
  "WebcastGiftMessage_GiftTrayInfo": {
    "rename": {
      "mDynamicImg": "trayDynamicImg"
    },
    "fields": {
      "trayDynamicImg": {
        "struct": "Image"
      },
      "trayNormalBgImg": {
        "struct": "Image"
      },
      "traySmallBgImg": {
        "struct": "Image"
      },
      "rightTagText": {
        "struct": "Text"
      },
      "rightTagBgImg": {
        "struct": "Image"
      }
    }
  },
  "WebcastGiftMessage_GiftsBoxInfo": {
    "rename": {
      "gifts": "giftsInfoInBox"
    },
    "fields": {
      "giftsInfoInBox": {
        "list": {
          "struct": "WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox"
        }
      }
    }
  },
  "WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox": {
    "rename": {},
    "fields": {
      "asset": {
        "struct": "WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox_AssetsModel"
      }
    }
  },
  "WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox_AssetsModel": {
    "rename": {
      "resourceModel": "resourceUrl",
      "lokiExtraContent": "lokiContent",
      "resourceByteVC1Model": "resourceBytevc1Url"
    },
    "fields": {
      "lokiContent": {
        "struct": "WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox_AssetsModel_LokiExtraContent"
      },
      "faceRecognitionArchiveMeta": {
        "struct": "WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox_AssetsModel_FaceRecognitionMeta"
      }
    }
  },
  "WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox_AssetsModel_FaceRecognitionMeta": {
    "rename": {
      "requirements": "requirement"
    },
    "fields": {}
  },
  "WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox_AssetsModel_LokiExtraContent": {
    "rename": {
      "ismultiFrame": "shouldMultiFrame",
      "befViewRenderFPS": "befViewRenderFps"
    },
    "fields": {
      "befViewRenderSize": {
        "struct": "WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox_AssetsModel_LokiExtraContent_BEFViewRenderSize"
      }
    }
  },
  "WebcastGiftMessage_GiftsBoxInfo_GiftInfoInBox_AssetsModel_LokiExtraContent_BEFViewRenderSize": {
    "rename": {
      "with": "w",
      "height": "h"
    },
    "fields": {}
  },
  "WebcastGiftMessage_TextEffect": {
    "rename": {
      "portraitDetail": "portrait",
      "landscapeDetail": "landscape"
    },
    "fields": {
      "portrait": {
        "struct": "WebcastGiftMessage_TextEffect_Detail"
      },
      "landscape": {
        "struct": "WebcastGiftMessage_TextEffect_Detail"
      }
    }
  },
  "WebcastGiftMessage_TextEffect_Detail": {
    "rename": {},
    "fields": {
      "text": {
        "struct": "Text"
      },
      "background": {
        "struct": "Image"
      }
    }
  },
  "WebcastLikeMessage": {
    "rename": {
      "likeCount": "count",
      "totalLikeCount": "total"
    },
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "total": "str",
      "user": {
        "struct": "User"
      },
      "icons": {
        "list": {
          "struct": "Image"
        }
      },
      "specifiedDisplayText": {
        "list": {
          "struct": "SpecifiedDisplayText"
        }
      },
      "publicAreaMessageCommon": {
        "struct": "PublicAreaMessageCommon"
      }
    }
  },
  "WebcastLinkMicArmies": {
    "rename": {
      "battleItems": "armies",
      "giftSentTime": "sendGiftSuccessTime",
      "scoreUpdateTime": "updateBattleScoreTime",
      "battleStatus": "triggerReason",
      "gifIconImage": "giftIconImage"
    },
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "armies": {
        "values": {
          "struct": "BattleUserArmies"
        }
      },
      "giftIconImage": {
        "struct": "Image"
      },
      "teamArmies": {
        "list": {
          "struct": "BattleTeamUserArmies"
        }
      },
      "battleSettings": {
        "struct": "BattleSetting"
      }
    }
  },
  "WebcastLinkMicArmies_BattleItemsEntry": {
    "rename": {},
    "fields": {
      "value": {
        "struct": "BattleUserArmies"
      }
    }
  },
  "WebcastLinkMicBattle": {
    "rename": {
      "battleSetting": "battleSettings",
      "mBattleDisplayConfig": "fuzzyDisplayConfig",
      "anchorInfo": "anchorsInfo",
      "battleCombos": "battleComboV2",
      "teamUsers": "teamMember",
      "inviteeGiftPermissionTypes": "inviteesGiftPermissionType",
      "abtestSettings": "abTestSetting"
    },
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "battleSettings": {
        "struct": "BattleSetting"
      },
      "armies": {
        "entries": {
          "key": "key",
          "value": "value",
          "of": {
            "struct": "BattleUserArmies"
          }
        }
      },
      "anchorsInfo": {
        "entries": {
          "key": "key",
          "value": "value",
          "of": {
            "struct": "WebcastLinkMicBattle_BattleUserInfo"
          }
        }
      },
      "supportedActions": {
        "list": {
          "struct": "WebcastLinkMicBattle_SupportedActionsWrapper"
        }
      },
      "teamMember": {
        "list": {
          "struct": "WebcastLinkMicBattle_TeamUsersInfo"
        }
      },
      "teamBattleResult": {
        "list": {
          "struct": "WebcastLinkMicBattle_BattleTeamResult"
        }
      },
      "teamArmies": {
        "list": {
          "struct": "BattleTeamUserArmies"
        }
      },
      "abTestSetting": {
        "list": {
          "struct": "WebcastLinkMicBattle_BattleABTestSetting"
        }
      }
    }
  },
  "WebcastLinkMicBattle_AnchorInfoEntry": {
    "rename": {},
    "fields": {
      "value": {
        "struct": "WebcastLinkMicBattle_BattleUserInfo"
      }
    }
  },
  "WebcastLinkMicBattle_ArmiesEntry": {
    "rename": {},
    "fields": {
      "value": {
        "struct": "BattleUserArmies"
      }
    }
  },
  "WebcastLinkMicBattle_BattleABTestSetting": {
    "rename": {
      "uid": "key",
      "abTestList": "value"
    },
    "fields": {}
  },
  "WebcastLinkMicBattle_BattleTeamResult": {
    "rename": {
      "teamUsers": "teamUser"
    },
    "fields": {}
  },
  "WebcastLinkMicBattle_BattleUserInfo": {
    "rename": {},
    "fields": {
      "user": {
        "struct": "WebcastLinkMicBattle_BattleUserInfo_BattleBaseUserInfo"
      },
      "tags": {
        "list": {
          "struct": "WebcastLinkMicBattle_BattleUserInfo_BattleRivalTag"
        }
      }
    }
  },
  "WebcastLinkMicBattle_BattleUserInfo_BattleBaseUserInfo": {
    "rename": {},
    "fields": {
      "avatarThumb": {
        "struct": "Image"
      }
    }
  },
  "WebcastLinkMicBattle_BattleUserInfo_BattleRivalTag": {
    "rename": {},
    "fields": {
      "bgImage": {
        "struct": "Image"
      },
      "iconImage": {
        "struct": "Image"
      }
    }
  },
  "WebcastLinkMicBattle_SupportedActionsWrapper": {
    "rename": {
      "actionType": "key"
    },
    "fields": {}
  },
  "WebcastLinkMicBattle_TeamUsersInfo": {
    "rename": {
      "userIds": "userId"
    },
    "fields": {}
  },
  "WebcastMemberMessage": {
    "rename": {},
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "user": {
        "struct": "User"
      },
      "operator": {
        "struct": "User"
      },
      "rankScore": "num",
      "topUserNo": "num",
      "enterType": "num",
      "enterEffectConfig": {
        "struct": "WebcastMemberMessage_EffectConfig"
      },
      "backgroundImage": {
        "struct": "Image"
      },
      "backgroundImageV2": {
        "struct": "Image"
      },
      "anchorDisplayText": {
        "struct": "Text"
      },
      "publicAreaMessageCommon": {
        "struct": "PublicAreaMessageCommon"
      }
    }
  },
  "WebcastMemberMessage_EffectConfig": {
    "rename": {},
    "fields": {
      "type": "num",
      "icon": {
        "struct": "Image"
      },
      "text": {
        "struct": "Text"
      },
      "badge": {
        "struct": "Image"
      }
    }
  },
  "WebcastQuestionNewMessage": {
    "rename": {
      "details": "data"
    },
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "data": {
        "struct": "WebcastQuestionNewMessage_Question"
      }
    }
  },
  "WebcastQuestionNewMessage_Question": {
    "rename": {
      "questionText": "content"
    },
    "fields": {
      "user": {
        "struct": "User"
      }
    }
  },
  "WebcastRoomUserSeqMessage": {
    "rename": {
      "viewerCount": "total",
      "ranksList": "ranks",
      "seatsList": "seats"
    },
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "total": "str",
      "ranks": {
        "list": {
          "struct": "WebcastRoomUserSeqMessage_Contributor"
        }
      },
      "seats": {
        "list": {
          "struct": "WebcastRoomUserSeqMessage_Contributor"
        }
      },
      "totalUser": "str"
    }
  },
  "WebcastRoomUserSeqMessage_Contributor": {
    "rename": {
      "coinCount": "score"
    },
    "fields": {
      "score": "str",
      "user": {
        "struct": "User"
      },
      "rank": "str"
    }
  },
  "WebcastSocialMessage": {
    "rename": {},
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "user": {
        "struct": "User"
      },
      "followCount": "str",
      "publicAreaMessageCommon": {
        "struct": "PublicAreaMessageCommon"
      }
    }
  },
  "WebcastSubEmote": {
    "rename": {
      "placeInComment": "index"
    },
    "fields": {
      "emote": {
        "struct": "EmoteDetails"
      }
    }
  },
  "WebcastSubNotifyMessage": {
    "rename": {
      "subscribeMessageType": "messageType"
    },
    "fields": {
      "common": {
        "struct": "CommonMessageData"
      },
      "user": {
        "struct": "User"
      },
      "publicAreaMessageCommon": {
        "struct": "PublicAreaMessageCommon"
      }
    }
  }
};
