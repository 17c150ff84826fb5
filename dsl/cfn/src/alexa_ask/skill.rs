// @generated from Alexa::ASK::Skill (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `Alexa::ASK::Skill` and its property types.

/// Resource Type definition for Alexa::ASK::Skill
///
/// CloudFormation type `Alexa::ASK::Skill`.
#[derive(Debug, Clone, PartialEq)]
pub struct Skill {
    props: ::forma_core::schema::Props,
}
impl Skill {
    /// A new resource with its required properties: `AuthenticationConfiguration`, `SkillPackage`, `VendorId`.
    #[track_caller]
    pub fn new(
        authentication_configuration: impl ::std::convert::Into<::forma_core::Value<AuthenticationConfiguration>>,
        skill_package: impl ::std::convert::Into<::forma_core::Value<SkillPackage>>,
        vendor_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, authentication_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, skill_package.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, vendor_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Skill {
    type Attributes = SkillAttributes;
    fn type_name(&self) -> &str {
        "Alexa::ASK::Skill"
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
/// The attributes of a `Alexa::ASK::Skill` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SkillAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SkillAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SkillAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `AuthenticationConfiguration` property type of `Alexa::ASK::Skill`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthenticationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuthenticationConfiguration {
    /// A new value with its required properties: `ClientId`, `ClientSecret`, `RefreshToken`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_secret: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        refresh_token: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        props.set(1, client_secret.into().into_expr());
        props.set(2, refresh_token.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuthenticationConfiguration> for ::forma_core::Value<AuthenticationConfiguration> {
    fn from(v: AuthenticationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHENTICATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `SkillPackage` property type of `Alexa::ASK::Skill`.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillPackage {
    props: ::forma_core::schema::Props,
}
impl SkillPackage {
    /// A new value with its required properties: `S3Bucket`, `S3Key`.
    pub fn new(
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, s3_bucket.into().into_expr());
        props.set(3, s3_key.into().into_expr());
        Self { props }
    }
    /// `Overrides`.
    pub fn overrides(mut self, value: impl ::std::convert::Into<::forma_core::Value<Overrides>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3BucketRole`.
    pub fn s3_bucket_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `S3ObjectVersion`.
    pub fn s3_object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SkillPackage> for ::forma_core::Value<SkillPackage> {
    fn from(v: SkillPackage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SKILL_PACKAGE_TYPE.properties))
    }
}

/// The `Overrides` property type of `Alexa::ASK::Skill`.
#[derive(Debug, Clone, PartialEq)]
pub struct Overrides {
    props: ::forma_core::schema::Props,
}
impl Overrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Manifest`.
    pub fn manifest(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Overrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Overrides> for ::forma_core::Value<Overrides> {
    fn from(v: Overrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OVERRIDES_TYPE.properties))
    }
}

/// The schema of `Alexa::ASK::Skill`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "Alexa::ASK::Skill",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHENTICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SkillPackage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SKILL_PACKAGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VendorId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static AUTHENTICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "Alexa::ASK::Skill.AuthenticationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RefreshToken",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SKILL_PACKAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "Alexa::ASK::Skill.SkillPackage",
    properties: &[
        ::forma_core::schema::Property {
            name: "Overrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OVERRIDES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3BucketRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "Alexa::ASK::Skill.Overrides",
    properties: &[::forma_core::schema::Property {
        name: "Manifest",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};
