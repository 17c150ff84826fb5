// @generated from AWS::IVS::AdConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IVS::AdConfiguration` and its property types.

/// Resource type definition for AWS::IVS::AdConfiguration.
///
/// CloudFormation type `AWS::IVS::AdConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdConfiguration {
    props: ::forma_core::schema::Props,
}
impl AdConfiguration {
    /// A new resource with its required properties: `MediaTailorPlaybackConfigurations`.
    #[track_caller]
    pub fn new(
        media_tailor_playback_configurations: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<MediaTailorPlaybackConfiguration>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, media_tailor_playback_configurations.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Ad configuration name.
    ///
    /// Allowed: length 0 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for the post-roll ad break to use for this ad configuration.
    #[track_caller]
    pub fn post_roll_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PostRollConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags attached to the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AdConfiguration {
    type Attributes = AdConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::IVS::AdConfiguration"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::IVS::AdConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AdConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AdConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AdConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// Object specifying a configuration for integration with an AWS Elemental MediaTailor (EMT).
#[derive(Debug, Clone, PartialEq)]
pub struct MediaTailorPlaybackConfiguration {
    props: ::forma_core::schema::Props,
}
impl MediaTailorPlaybackConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// ARN of the customer-created EMT PlaybackConfiguration resource in the same region and account.
    ///
    /// Allowed: length 0 to 128.
    pub fn playback_configuration_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaTailorPlaybackConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaTailorPlaybackConfiguration> for ::forma_core::Value<MediaTailorPlaybackConfiguration> {
    fn from(v: MediaTailorPlaybackConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_TAILOR_PLAYBACK_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for the post-roll ad break to use for this ad configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct PostRollConfiguration {
    props: ::forma_core::schema::Props,
}
impl PostRollConfiguration {
    /// A new value with its required properties: `DurationSeconds`, `Enabled`.
    pub fn new(
        duration_seconds: impl ::std::convert::Into<::forma_core::Value<i64>>,
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, duration_seconds.into().into_expr());
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PostRollConfiguration> for ::forma_core::Value<PostRollConfiguration> {
    fn from(v: PostRollConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POST_ROLL_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::IVS::AdConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IVS::AdConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MediaTailorPlaybackConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MEDIA_TAILOR_PLAYBACK_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]*$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PostRollConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POST_ROLL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static MEDIA_TAILOR_PLAYBACK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IVS::AdConfiguration.MediaTailorPlaybackConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "PlaybackConfigurationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws:mediatailor:[a-z0-9-]+:[0-9]+:playbackConfiguration/[a-zA-Z0-9-]+$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        }],
        rules: &[],
    };

static POST_ROLL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::AdConfiguration.PostRollConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DurationSeconds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(300.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IVS::AdConfiguration.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
