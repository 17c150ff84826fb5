// @generated from AWS::CloudFront::FieldLevelEncryptionProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::FieldLevelEncryptionProfile` and its property types.

/// Resource Type definition for AWS::CloudFront::FieldLevelEncryptionProfile.
///
/// CloudFormation type `AWS::CloudFront::FieldLevelEncryptionProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldLevelEncryptionProfile {
    props: ::forma_core::schema::Props,
}
impl FieldLevelEncryptionProfile {
    /// A new resource with its required properties: `FieldLevelEncryptionProfileConfig`.
    #[track_caller]
    pub fn new(
        field_level_encryption_profile_config: impl ::std::convert::Into<
            ::forma_core::Value<FieldLevelEncryptionProfileConfig>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, field_level_encryption_profile_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for FieldLevelEncryptionProfile {
    type Attributes = FieldLevelEncryptionProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::FieldLevelEncryptionProfile"
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
/// The attributes of a `AWS::CloudFront::FieldLevelEncryptionProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FieldLevelEncryptionProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FieldLevelEncryptionProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FieldLevelEncryptionProfileAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The configuration of a field-level encryption profile.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldLevelEncryptionProfileConfig {
    props: ::forma_core::schema::Props,
}
impl FieldLevelEncryptionProfileConfig {
    /// A new value with its required properties: `CallerReference`, `EncryptionEntities`, `Name`.
    pub fn new(
        caller_reference: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        encryption_entities: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EncryptionEntity>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, caller_reference.into().into_expr());
        props.set(2, encryption_entities.into().into_expr());
        props.set(3, name.into().into_expr());
        Self { props }
    }
    /// An optional comment describing the field-level encryption profile.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FieldLevelEncryptionProfileConfig>
    for ::forma_core::Value<FieldLevelEncryptionProfileConfig>
{
    fn from(v: FieldLevelEncryptionProfileConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_LEVEL_ENCRYPTION_PROFILE_CONFIG_TYPE.properties))
    }
}

/// A public key, its provider identity, and the field patterns CloudFront encrypts with that key.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionEntity {
    props: ::forma_core::schema::Props,
}
impl EncryptionEntity {
    /// A new value with its required properties: `FieldPatterns`, `ProviderId`, `PublicKeyId`.
    pub fn new(
        field_patterns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        provider_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        public_key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_patterns.into().into_expr());
        props.set(1, provider_id.into().into_expr());
        props.set(2, public_key_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionEntity> for ::forma_core::Value<EncryptionEntity> {
    fn from(v: EncryptionEntity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_ENTITY_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::FieldLevelEncryptionProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::FieldLevelEncryptionProfile",
    properties: &[::forma_core::schema::Property {
        name: "FieldLevelEncryptionProfileConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&FIELD_LEVEL_ENCRYPTION_PROFILE_CONFIG_TYPE),
    }],
    rules: &[],
    attributes: &["Arn", "Id", "LastModifiedTime"],
};

static FIELD_LEVEL_ENCRYPTION_PROFILE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudFront::FieldLevelEncryptionProfile.FieldLevelEncryptionProfileConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "CallerReference",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Comment",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "EncryptionEntities",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&ENCRYPTION_ENTITY_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static ENCRYPTION_ENTITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::FieldLevelEncryptionProfile.EncryptionEntity",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldPatterns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProviderId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PublicKeyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
