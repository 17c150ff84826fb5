// @generated from AWS::Pinpoint::PushTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Pinpoint::PushTemplate` and its property types.

/// Resource Type definition for AWS::Pinpoint::PushTemplate
///
/// CloudFormation type `AWS::Pinpoint::PushTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct PushTemplate {
    props: ::forma_core::schema::Props,
}
impl PushTemplate {
    /// A new resource with its required properties: `TemplateName`.
    #[track_caller]
    pub fn new(template_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(8, template_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ADM`.
    #[track_caller]
    pub fn adm(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AndroidPushNotificationTemplate>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `APNS`.
    #[track_caller]
    pub fn apns(mut self, value: impl ::std::convert::Into<::forma_core::Value<ApnsPushNotificationTemplate>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Baidu`.
    #[track_caller]
    pub fn baidu(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AndroidPushNotificationTemplate>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Default`.
    #[track_caller]
    pub fn default(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultPushNotificationTemplate>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefaultSubstitutions`.
    #[track_caller]
    pub fn default_substitutions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GCM`.
    #[track_caller]
    pub fn gcm(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AndroidPushNotificationTemplate>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TemplateDescription`.
    #[track_caller]
    pub fn template_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PushTemplate {
    type Attributes = PushTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::Pinpoint::PushTemplate"
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
/// The attributes of a `AWS::Pinpoint::PushTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PushTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PushTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PushTemplateAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `AndroidPushNotificationTemplate` property type of `AWS::Pinpoint::PushTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct AndroidPushNotificationTemplate {
    props: ::forma_core::schema::Props,
}
impl AndroidPushNotificationTemplate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Body`.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ImageIconUrl`.
    pub fn image_icon_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ImageUrl`.
    pub fn image_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SmallImageIconUrl`.
    pub fn small_image_icon_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Sound`.
    pub fn sound(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Title`.
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Url`.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AndroidPushNotificationTemplate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AndroidPushNotificationTemplate> for ::forma_core::Value<AndroidPushNotificationTemplate> {
    fn from(v: AndroidPushNotificationTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANDROID_PUSH_NOTIFICATION_TEMPLATE_TYPE.properties))
    }
}

/// The `APNSPushNotificationTemplate` property type of `AWS::Pinpoint::PushTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApnsPushNotificationTemplate {
    props: ::forma_core::schema::Props,
}
impl ApnsPushNotificationTemplate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Body`.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MediaUrl`.
    pub fn media_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Sound`.
    pub fn sound(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Title`.
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Url`.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApnsPushNotificationTemplate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApnsPushNotificationTemplate> for ::forma_core::Value<ApnsPushNotificationTemplate> {
    fn from(v: ApnsPushNotificationTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APNS_PUSH_NOTIFICATION_TEMPLATE_TYPE.properties))
    }
}

/// The `DefaultPushNotificationTemplate` property type of `AWS::Pinpoint::PushTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultPushNotificationTemplate {
    props: ::forma_core::schema::Props,
}
impl DefaultPushNotificationTemplate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Body`.
    pub fn body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Sound`.
    pub fn sound(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Title`.
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Url`.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultPushNotificationTemplate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultPushNotificationTemplate> for ::forma_core::Value<DefaultPushNotificationTemplate> {
    fn from(v: DefaultPushNotificationTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_PUSH_NOTIFICATION_TEMPLATE_TYPE.properties))
    }
}

/// The schema of `AWS::Pinpoint::PushTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Pinpoint::PushTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "ADM",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANDROID_PUSH_NOTIFICATION_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "APNS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APNS_PUSH_NOTIFICATION_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Baidu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANDROID_PUSH_NOTIFICATION_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Default",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_PUSH_NOTIFICATION_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultSubstitutions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GCM",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANDROID_PUSH_NOTIFICATION_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TemplateDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TemplateName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static ANDROID_PUSH_NOTIFICATION_TEMPLATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pinpoint::PushTemplate.AndroidPushNotificationTemplate",
        properties: &[
            ::forma_core::schema::Property {
                name: "Action",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Body",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ImageIconUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ImageUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SmallImageIconUrl",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Sound",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Title",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Url",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static APNS_PUSH_NOTIFICATION_TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::PushTemplate.APNSPushNotificationTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Body",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MediaUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Sound",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DEFAULT_PUSH_NOTIFICATION_TEMPLATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Pinpoint::PushTemplate.DefaultPushNotificationTemplate",
        properties: &[
            ::forma_core::schema::Property {
                name: "Action",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Body",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Sound",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Title",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Url",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
